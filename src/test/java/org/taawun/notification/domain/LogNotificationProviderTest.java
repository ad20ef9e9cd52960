package org.taawun.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.taawun.notification.Channel;

/** The log provider never writes a link's secret unless development asks for it. */
class LogNotificationProviderTest {

    private static final String LINK = "http://localhost:8080/password/reset?token=k3Jx9_aQ-0pLmZt7YwE2rVbN8cUhG5sDfI1";

    private final Logger logger = (Logger) LoggerFactory.getLogger("taawun.notifications");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level before;

    @BeforeEach
    void capture() {
        before = logger.getLevel();
        logger.setLevel(Level.INFO);
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void release() {
        logger.detachAppender(appender);
        logger.setLevel(before);
    }

    private String logged(boolean logSecrets) {
        new LogNotificationProvider(logSecrets)
                .send(new OutboxMessage(
                        UUID.randomUUID(), Channel.EMAIL, "nadia@example.org", "Reset", "Open " + LINK, 0));
        return appender.list.get(appender.list.size() - 1).getFormattedMessage();
    }

    @Test
    void linksAreWholeByDefaultOnlyWithTheDemoData() {
        assertThat(LogNotificationProvider.logSecrets(null, false)).isFalse();
        assertThat(LogNotificationProvider.logSecrets(null, true)).isTrue();
        assertThat(LogNotificationProvider.logSecrets(false, true)).isFalse();
        assertThat(LogNotificationProvider.logSecrets(true, false)).isTrue();
    }

    @Test
    void unlessAskedTheLinkIsWrittenWithItsSecretHidden() {
        String line = logged(false);
        assertThat(line).contains("/password/reset?token=***").doesNotContain("k3Jx9_aQ");
        assertThat(line).doesNotContain("nadia@example.org");
    }

    @Test
    void aDevelopmentSettingWritesItWhole() {
        assertThat(logged(true)).contains(LINK);
    }
}
