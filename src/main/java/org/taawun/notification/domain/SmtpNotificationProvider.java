package org.taawun.notification.domain;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.taawun.notification.Channel;

/**
 * E-mail through SMTP, on when {@code spring.mail.host} is set. Each message carries a {@code Message-ID} made of the
 * outbox row's id, the same on every attempt: a message sent again after a crash is recognisably the same one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty("spring.mail.host")
class SmtpNotificationProvider implements NotificationProvider {

    private final JavaMailSender mail;
    private final String from;

    SmtpNotificationProvider(
            JavaMailSender mail, @Value("${taawun.notification.mail-from:no-reply@taawun.test}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public boolean supports(Channel channel) {
        return channel == Channel.EMAIL;
    }

    @Override
    public void send(OutboxMessage message) throws MessagingException {
        MimeMessage email = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(email, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(message.recipient());
        helper.setSubject(message.subject());
        helper.setText(message.body());
        // Kept by JavaMailSenderImpl when it saves the message (it would otherwise make a new one on each attempt).
        email.setHeader("Message-ID", messageId(message));
        mail.send(email);
    }

    /** {@code <row id@the sender's domain>}. */
    private String messageId(OutboxMessage message) {
        int at = from.lastIndexOf('@');
        String domain = at < 0 ? "" : from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return "<" + message.id() + "@" + (domain.isEmpty() ? "taawun" : domain) + ">";
    }
}
