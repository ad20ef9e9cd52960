package org.taawun.support.messenger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where the webhook puts received messages before it answers: {@code support.messenger_inbox}, in one statement, so
 * that a message acknowledged to Meta survives a crash. A message already there (Meta delivered it again) is left
 * out, and one older than {@code max-event-age} is not stored at all. Then the processor is woken.
 */
@Component
class MessengerInbox {

    private final EventInbox inbox;
    private final SenderHash senders;
    private final InboxProcessor processor;
    private final MessengerProperties properties;
    private final MessengerMetrics metrics;
    private final ObjectMapper json;

    MessengerInbox(
            EventInbox inbox,
            SenderHash senders,
            InboxProcessor processor,
            MessengerProperties properties,
            MessengerMetrics metrics,
            ObjectMapper json) {
        this.inbox = inbox;
        this.senders = senders;
        this.processor = processor;
        this.properties = properties;
        this.metrics = metrics;
        this.json = json;
    }

    /** Stores the messages (durably, once the call returns) and wakes the processor. */
    void accept(List<IncomingMessage> messages) {
        Instant now = Instant.now();
        Instant oldest = now.minus(properties.maxEventAge());
        List<EventInbox.Row> rows = new ArrayList<>(messages.size());
        for (IncomingMessage message : messages) {
            Instant sentAt = message.sentAt() == null ? now : message.sentAt();
            if (sentAt.isBefore(oldest)) {
                metrics.event("too_old");
                continue;
            }
            rows.add(new EventInbox.Row(
                    senders.keyOf(message.senderId()).id(),
                    EventInbox.hash(message.messageId()),
                    encode(message),
                    sentAt));
        }
        int stored = inbox.store(rows, now);
        for (int i = stored; i < rows.size(); i++) {
            metrics.event("duplicate");
        }
        if (stored > 0) {
            processor.wake();
        }
    }

    /** What processing needs of the event: her sender id, text and tapped payload. */
    private String encode(IncomingMessage message) {
        ObjectNode event = json.createObjectNode();
        event.put("sender", message.senderId());
        event.put("text", message.input().text());
        event.put("payload", message.input().payload());
        return json.writeValueAsString(event);
    }
}
