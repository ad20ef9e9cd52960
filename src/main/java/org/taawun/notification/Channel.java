package org.taawun.notification;

/** How a notification reaches a person. */
public enum Channel {
    EMAIL,
    SMS,
    WHATSAPP
}
