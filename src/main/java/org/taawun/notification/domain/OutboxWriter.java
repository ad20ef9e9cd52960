package org.taawun.notification.domain;

import java.time.Instant;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.taawun.notification.NotificationRequested;

/**
 * Stores a requested notification in the outbox synchronously, inside the transaction that published the request:
 * if that change rolls back, so does the notification; if it commits, the notification is there. The subject is
 * stored with the secrets of its links hidden ({@link SecretLinks}); a body with secrets is stored whole for its
 * delivery and hidden too, and the database keeps only the hidden form once it is sent (migration V26).
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
        String redacted = SecretLinks.redact(body);
        outbox.add(
                request.channel(),
                request.recipient(),
                SecretLinks.redact(subject),
                body,
                redacted.equals(body) ? null : redacted,
                Instant.now());
    }
}
