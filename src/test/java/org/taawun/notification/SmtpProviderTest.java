package org.taawun.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.taawun.notification.domain.OutboxDispatcher;

/**
 * With {@code spring.mail.host} set, e-mail goes out by SMTP (here a stand-in for the mail sender), with the outbox
 * row's id as its {@code Message-ID}.
 */
@SpringBootTest(properties = {"spring.mail.host=smtp.invalid", "taawun.notification.mail-from=taawun@example.org"})
@ActiveProfiles("test")
class SmtpProviderTest {

    @TestConfiguration
    static class Mail {
        @Bean
        @Primary
        JavaMailSender testMailSender() {
            JavaMailSender sender = mock(JavaMailSender.class);
            when(sender.createMimeMessage()).thenAnswer(invocation -> new MimeMessage((Session) null));
            return sender;
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

    @Autowired
    JdbcClient jdbc;

    private static String to(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void emailIsSentBySmtp() throws Exception {
        transactions.executeWithoutResult(status -> events.publishEvent(new NotificationRequested(
                Channel.EMAIL,
                "smtp-test@example.org",
                Locale.ENGLISH,
                "identity.mail.reset.subject",
                "identity.mail.reset.body",
                List.of("Hajar", "https://taawun.example/password/reset?token=abc"))));
        dispatcher.deliverDue(java.time.Instant.now().plusSeconds(1));

        ArgumentCaptor<MimeMessage> sent = ArgumentCaptor.forClass(MimeMessage.class);
        Mockito.verify(mail, Mockito.atLeastOnce()).send(sent.capture());
        MimeMessage message = sent.getAllValues().stream()
                .filter(m -> to(m).equals("smtp-test@example.org"))
                .findFirst()
                .orElseThrow();
        assertThat(message.getFrom()[0].toString()).isEqualTo("taawun@example.org");
        assertThat(message.getSubject()).isEqualTo("Taawun: choose a new password");
        assertThat((String) message.getContent()).contains("Hello Hajar").contains("/password/reset?token=abc");
        String id = jdbc.sql("select id::text from notification.outbox where recipient = 'smtp-test@example.org'")
                .query(String.class)
                .single();
        assertThat(message.getHeader("Message-ID"))
                .as("the outbox row's id, the same on every attempt")
                .containsExactly("<" + id + "@example.org>");
    }
}
