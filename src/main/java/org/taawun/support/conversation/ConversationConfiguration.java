package org.taawun.support.conversation;

import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The conversations in memory, on the system clock. */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    @Bean
    Conversations conversations(ConversationProperties properties) {
        return new Conversations(properties.conversationIdle(), Ticker.systemTicker());
    }
}
