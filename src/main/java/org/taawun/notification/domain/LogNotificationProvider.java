package org.taawun.notification.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.taawun.notification.Channel;
import org.taawun.shared.demo.DemoSettings;

/**
 * The default provider, for development and pilots without e-mail or SMS: writes the message to the log, the
 * recipient masked and the secrets of links hidden ({@link SecretLinks}), unless
 * {@code taawun.notification.log-secrets=true} asks for them whole. Unset, links are whole only while the demo data
 * is on: its accounts share a published password, so such an instance keeps nothing secret anyway, and a person
 * trying it can follow her sign-up and invitation links. Used for every channel that no other provider serves.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class LogNotificationProvider implements NotificationProvider {

    private static final Logger log = LoggerFactory.getLogger("taawun.notifications");

    private final boolean logSecrets;

    @Autowired
    LogNotificationProvider(NotificationProperties properties, DemoSettings demo) {
        this(logSecrets(properties.logSecrets(), demo.enabled()));
    }

    static boolean logSecrets(Boolean setting, boolean demoData) {
        return setting != null ? setting : demoData;
    }

    LogNotificationProvider(boolean logSecrets) {
        this.logSecrets = logSecrets;
        if (logSecrets) {
            log.warn("Notification links are written whole to this log, secrets included"
                    + " (taawun.notification.log-secrets, on with the demo data): never in production");
        }
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
                logSecrets ? message.body() : SecretLinks.redact(message.body()));
    }
}
