package org.taawun.support.web.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.taawun.support.chat.ChatChannel;
import org.taawun.support.chat.ChatPushed;
import org.taawun.support.chat.ChatReply;
import org.taawun.support.chat.Chatbot;
import org.taawun.support.chat.ConversationKey;
import org.taawun.support.chat.Handoffs;

/** Transcripts live in memory only, 30 minutes after the last activity, within their bounds. */
class TranscriptsTest {

    final AtomicLong nanos = new AtomicLong();
    final Ticker ticker = nanos::get;
    final Transcripts transcripts = new Transcripts(Duration.ofMinutes(30), 100, 3, ticker);

    void wait(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Test
    void aTranscriptIsErasedAfterThirtyIdleMinutesAndKeptWhileUsed() {
        Transcript idle = transcripts.start("ar");
        Transcript used = transcripts.start("fr");

        wait(Duration.ofMinutes(20));
        assertThat(transcripts.find(used.token())).contains(used);
        wait(Duration.ofMinutes(20));

        assertThat(transcripts.find(idle.token())).isEmpty();
        assertThat(transcripts.find(used.token())).contains(used);
        wait(Duration.ofMinutes(31));
        assertThat(transcripts.find(used.token())).isEmpty();
        assertThat(transcripts.size()).isZero();
    }

    @Test
    void aCounsellorsMessageForAnErasedConversationIsDropped() {
        DefaultListableBeanFactory none = new DefaultListableBeanFactory();
        WebConversations conversations = new WebConversations(
                transcripts, none.getBeanProvider(Chatbot.class), none.getBeanProvider(Handoffs.class));
        Transcript transcript = conversations.start("ar");
        ConversationKey key = new ConversationKey(ChatChannel.WEB, transcript.token());
        ChatReply reply = new ChatReply(ChatReply.Author.COUNSELLOR, "ar", List.of("Salam"), List.of());

        conversations.pushed(new ChatPushed(key, reply));
        assertThat(transcript.bubbles()).extracting(Bubble::text).containsExactly("Salam");
        wait(Duration.ofMinutes(31));
        conversations.pushed(new ChatPushed(key, reply));

        assertThat(conversations.find(transcript.token())).isEmpty();
        assertThat(transcripts.size()).isZero();
    }

    @Test
    void onlyTheLastBubblesAreKeptButNumbersGoOn() {
        Transcript transcript = transcripts.start("ar");
        for (int i = 1; i <= 5; i++) {
            transcript.add(Bubble.Speaker.BOT, "m" + i);
        }

        assertThat(transcript.bubbles()).extracting(Bubble::text).containsExactly("m3", "m4", "m5");
        assertThat(transcript.after(4)).extracting(Bubble::seq).containsExactly(5);
        assertThat(transcript.lastSeq()).isEqualTo(5);
    }

    @Test
    void tokensAreRandomUrlSafeAndCheckedBeforeAnyLookUp() {
        String token = ConversationTokens.next();

        assertThat(token).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(ConversationTokens.next());
        assertThat(transcripts.find(null)).isEmpty();
        assertThat(transcripts.find("short")).isEmpty();
        assertThat(transcripts.find(token + "x")).isEmpty();
    }

    @Test
    void aTurnIsClaimedOnceFromThePageThatShowedTheConversationAsItStands() {
        Transcript transcript = transcripts.start("ar");

        assertThat(transcript.claimTurn(0)).isTrue();
        assertThat(transcript.claimTurn(0)).isFalse();
        assertThat(transcript.claimTurn(1)).isTrue();
        assertThat(transcript.turns()).isEqualTo(2);
    }
}
