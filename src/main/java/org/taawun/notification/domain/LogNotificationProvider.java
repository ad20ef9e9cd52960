package org.taawun.notification.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.taawun.notification.Channel;

/**
 * The default provider, for development and pilots without e-mail or SMS: writes the message to the log, the
 * recipient masked and the secrets of links hidden ({@link SecretLinks}), unless
 * {@code taawun.notification.log-secrets=true} (development only) asks for them whole. Used for every channel that
 * no other provider serves.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class LogNotificationProvider implements NotificationProvider {

    private static final Logger log = LoggerFactory.getLogger("taawun.notifications");

    private final NotificationProperties properties;

    LogNotificationProvider(NotificationProperties properties) {
        this.properties = properties;
    }

    @Override
    public boolean supports(Channel channel) {
        return true;
    }

    @Override
    public void send(OutboxMessage message) {
        log.info(
                "Notification {} by {} to {}: {}\n{}",
                message.id(),
                message.channel(),
                message.maskedRecipient(),
                message.subject(),
                properties.logSecrets() ? message.body() : SecretLinks.redact(message.body()));
    }
}
