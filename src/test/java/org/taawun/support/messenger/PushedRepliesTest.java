package org.taawun.support.messenger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taawun.support.chat.ChatChannel;
import org.taawun.support.chat.ChatPushed;
import org.taawun.support.chat.ChatReply;
import org.taawun.support.chat.ConversationKey;
import org.taawun.support.chat.HandoffClosed;

/** Pushed replies go out only within Messenger's 24-hour window after her last message. */
class PushedRepliesTest {

    final RecipientsTest.MutableClock clock = new RecipientsTest.MutableClock();
    final Recipients recipients = new Recipients(longMemory(), clock);
    final ReplyQueue replies = mock(ReplyQueue.class);
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final MessengerMetrics metrics = new MessengerMetrics(registry);
    final PushedReplies pushed =
            new PushedReplies(recipients, replies, WebhookSignatureTest.properties("s"), metrics, clock);
    final ChatReply reply = new ChatReply(ChatReply.Author.COUNSELLOR, "ar", List.of("مرحبا"), List.of());
    final ConversationKey key = new ConversationKey(ChatChannel.MESSENGER, "key");

    @Test
    void withinTheWindowTheReplyIsQueuedForHerSenderId() {
        recipients.wrote("key", "psid", true);
        clock.advance(Duration.ofHours(23));
        pushed.on(new ChatPushed(key, reply));
        verify(replies).add("psid", reply);
    }

    @Test
    void pastTheWindowItIsDroppedAndCounted() {
        recipients.wrote("key", "psid", true);
        clock.advance(Duration.ofHours(25));
        pushed.on(new ChatPushed(key, reply));
        verify(replies, never()).add(any(), any());
        assertThat(registry.counter("taawun.support.messenger.dropped", "reason", "window_closed")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void whenTheHandoffClosesHerSenderIdIsKeptOnlyAsLongAsAnIdleConversation() {
        recipients.wrote("key", "psid", true);
        pushed.on(new HandoffClosed(key, "ar"));
        clock.advance(Duration.ofMinutes(31));
        pushed.on(new ChatPushed(key, reply));
        verify(replies, never()).add(any(), any());
        assertThat(registry.counter("taawun.support.messenger.dropped", "reason", "no_recipient")
                        .count())
                .isEqualTo(1);
    }

    /** Keeps sender ids two days, so that only the window check stands between a late push and its sending. */
    private static MessengerProperties longMemory() {
        MessengerProperties p = WebhookSignatureTest.properties("s");
        return new MessengerProperties(
                p.verifyToken(),
                p.appSecret(),
                p.pageAccessToken(),
                p.graphApiUrl(),
                p.senderKey(),
                p.maxBody(),
                p.workers(),
                p.maxEventAge(),
                p.conversationIdle(),
                Duration.ofHours(48),
                p.pollInterval(),
                p.firstRetry(),
                p.maxRetryDelay(),
                p.maxAttempts(),
                p.lease());
    }
}
