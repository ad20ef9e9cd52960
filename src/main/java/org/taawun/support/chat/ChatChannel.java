package org.taawun.support.chat;

/** Where a person talks with the chatbot. */
public enum ChatChannel {
    /** The {@code /help} pages and {@code POST /api/v1/support/chat}. */
    WEB,
    /** Facebook Messenger, through {@code /webhooks/messenger}. */
    MESSENGER
}
