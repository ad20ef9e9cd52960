package org.taawun.notification.domain;

import java.time.Instant;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.taawun.notification.NotificationRequested;

/**
 * Stores a requested notification in the outbox synchronously, inside the transaction that published the request:
 * if that change rolls back, so does the notification; if it commits, the notification is there.
 */
@Component
class OutboxWriter {

    private final Outbox outbox;
    private final MessageSource messages;

    OutboxWriter(Outbox outbox, MessageSource messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    @EventListener
    void on(NotificationRequested request) {
        Object[] args = request.args().toArray();
        String subject = messages.getMessage(request.subjectKey(), args, request.locale());
        String body = messages.getMessage(request.bodyKey(), args, request.locale());
        outbox.add(request.channel(), request.recipient(), subject, body, Instant.now());
    }
}
