package org.taawun.support.messenger;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.taawun.support.chat.ChatReply;

/**
 * Puts a reply in the outbox, all its messages in one transaction (the caller's, when it has one), and wakes the
 * sender once they are committed.
 */
@Component
class ReplyQueue {

    private final SendApiMessages composer;
    private final MessengerOutbox outbox;
    private final OutboxSender sender;

    ReplyQueue(SendApiMessages composer, MessengerOutbox outbox, OutboxSender sender) {
        this.composer = composer;
        this.outbox = outbox;
        this.sender = sender;
    }

    @Transactional
    public void add(String recipient, ChatReply reply) {
        List<String> bodies = composer.bodies(reply);
        if (bodies.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        bodies.forEach(body -> outbox.add(recipient, body, now));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sender.wake();
            }
        });
    }
}
