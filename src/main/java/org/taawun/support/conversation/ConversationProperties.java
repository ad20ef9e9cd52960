package org.taawun.support.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the conversation engine.
 *
 * @param conversationIdle how long a conversation stays in memory without a message; then it is gone
 */
@ConfigurationProperties("taawun.support")
public record ConversationProperties(@DefaultValue("PT30M") Duration conversationIdle) {}
