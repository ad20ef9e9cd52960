package org.taawun.support.e2e;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.taawun.support.conversation.ConversationProperties;
import org.taawun.support.conversation.Conversations;

/**
 * The engine's conversations on a clock the end-to-end tests move, so that 30 minutes of idleness pass at once; the
 * rest of the application keeps the system clock.
 */
@TestConfiguration(proxyBeanMethods = false)
class EngineClock {

    static final AtomicLong NANOS = new AtomicLong();

    @Bean
    @Primary
    Conversations testConversations(ConversationProperties properties) {
        return new Conversations(properties.conversationIdle(), NANOS::get);
    }
}
