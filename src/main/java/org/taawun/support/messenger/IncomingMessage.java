package org.taawun.support.messenger;

import org.taawun.support.chat.ChatInput;

/**
 * One thing a person sent through Messenger, as the webhook delivered it. Held in memory only until it is handled.
 *
 * @param senderId her page-scoped id (PSID): never logged, never stored
 * @param messageId Meta's message id, to handle a repeated delivery once; may be null (old postbacks)
 * @param input what she wrote or tapped
 */
record IncomingMessage(String senderId, String messageId, ChatInput input) {

    @Override
    public String toString() {
        // Never the sender id nor the text in logs.
        return "IncomingMessage";
    }
}
