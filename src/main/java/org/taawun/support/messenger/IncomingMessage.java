package org.taawun.support.messenger;

import java.time.Instant;
import org.taawun.support.chat.ChatInput;

/**
 * One thing a person sent through Messenger, as the webhook delivered it. Stored in {@code support.messenger_inbox}
 * only until it is processed.
 *
 * @param senderId her page-scoped id (PSID): never logged; stored only until the event is processed
 * @param messageId Meta's message id, to handle a repeated delivery once; may be null (old postbacks)
 * @param input what she wrote or tapped
 * @param sentAt when she sent it (Meta's timestamp); null when the event has none
 */
record IncomingMessage(String senderId, String messageId, ChatInput input, Instant sentAt) {

    @Override
    public String toString() {
        // Never the sender id nor the text in logs.
        return "IncomingMessage";
    }
}
