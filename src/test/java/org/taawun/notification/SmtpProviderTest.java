package org.taawun.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.taawun.notification.domain.OutboxDispatcher;

/** With {@code spring.mail.host} set, e-mail goes out by SMTP (here a stand-in for the mail sender). */
@SpringBootTest(properties = {"spring.mail.host=smtp.invalid", "taawun.notification.mail-from=taawun@example.org"})
@ActiveProfiles("test")
class SmtpProviderTest {

    @TestConfiguration
    static class Mail {
        @Bean
        @Primary
        JavaMailSender testMailSender() {
            return mock(JavaMailSender.class);
        }
    }

    @Autowired
    JavaMailSender mail;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    OutboxDispatcher dispatcher;

    @Test
    void emailIsSentBySmtp() {
        transactions.executeWithoutResult(status -> events.publishEvent(new NotificationRequested(
                Channel.EMAIL,
                "smtp-test@example.org",
                Locale.ENGLISH,
                "identity.mail.reset.subject",
                "identity.mail.reset.body",
                List.of("Hajar", "https://taawun.example/password/reset?token=abc"))));
        dispatcher.deliverDue(java.time.Instant.now().plusSeconds(1));

        ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
        Mockito.verify(mail, Mockito.atLeastOnce()).send(sent.capture());
        SimpleMailMessage message = sent.getAllValues().stream()
                .filter(m -> m.getTo()[0].equals("smtp-test@example.org"))
                .findFirst()
                .orElseThrow();
        assertThat(message.getFrom()).isEqualTo("taawun@example.org");
        assertThat(message.getSubject()).isEqualTo("Taawun: choose a new password");
        assertThat(message.getText()).contains("Hello Hajar").contains("/password/reset?token=abc");
    }
}
