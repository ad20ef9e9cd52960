package org.taawun.notification.domain;

import java.util.UUID;
import org.taawun.notification.Channel;

/** One notification as a provider delivers it. */
public record OutboxMessage(UUID id, Channel channel, String recipient, String subject, String body, int attempts) {

    /** The recipient with most characters hidden, for logs. */
    public String maskedRecipient() {
        int keep = Math.min(3, recipient.length() / 3);
        return recipient.substring(0, keep) + "***";
    }
}
