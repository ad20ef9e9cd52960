package org.taawun.notification.domain;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.taawun.notification.Channel;

/** E-mail through SMTP, on when {@code spring.mail.host} is set. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty("spring.mail.host")
class SmtpNotificationProvider implements NotificationProvider {

    private final JavaMailSender mail;
    private final String from;

    SmtpNotificationProvider(
            JavaMailSender mail,
            @org.springframework.beans.factory.annotation.Value("${taawun.notification.mail-from:no-reply@taawun.test}")
                    String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public boolean supports(Channel channel) {
        return channel == Channel.EMAIL;
    }

    @Override
    public void send(OutboxMessage message) {
        SimpleMailMessage email = new SimpleMailMessage();
        email.setFrom(from);
        email.setTo(message.recipient());
        email.setSubject(message.subject());
        email.setText(message.body());
        mail.send(email);
    }
}
