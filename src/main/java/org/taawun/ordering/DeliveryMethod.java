package org.taawun.ordering;

/** How a customer receives her order: delivered home (cash on delivery) or picked up at a shop (paid there). */
public enum DeliveryMethod {
    HOME,
    PICKUP
}
