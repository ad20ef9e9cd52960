package org.taawun.support.handoff;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.taawun.support.Intent;
import org.taawun.support.chat.ChatChannel;
import org.taawun.support.chat.ConversationStarted;
import org.taawun.support.chat.TopicReached;

/**
 * Counts conversations, topics and hand-offs per day in {@code support.daily_counts}, and nothing else: no time of
 * day, no key, no text. Every value counted is checked against a closed list (languages, intent names, region codes),
 * so that no free text a person wrote can ever end up in the statistics.
 */
@Component
class SupportStatistics {

    enum Measure {
        CONVERSATION,
        TOPIC,
        HANDOFF
    }

    static final String OTHER_TOPIC = "OTHER";
    private static final Set<String> TOPICS =
            Arrays.stream(Intent.values()).map(Intent::name).collect(Collectors.toUnmodifiableSet());
    private static final Pattern REGION = Pattern.compile("(MA|TN)-[0-9]{2}");

    private final JdbcClient jdbc;
    private final Clock clock;

    SupportStatistics(JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @EventListener
    void on(ConversationStarted event) {
        count(Measure.CONVERSATION, event.channel(), event.language(), null, null);
    }

    @EventListener
    void on(TopicReached event) {
        String topic = topic(event.topic());
        count(
                Measure.TOPIC,
                event.channel(),
                event.language(),
                topic == null ? OTHER_TOPIC : topic,
                event.regionCode());
    }

    void handoffRequested(ChatChannel channel, String language, String topic) {
        count(Measure.HANDOFF, channel, language, topic, null);
    }

    private void count(Measure measure, ChatChannel channel, String language, String topic, String regionCode) {
        if (channel == null) {
            return;
        }
        jdbc.sql("insert into support.daily_counts (day, measure, channel, language, topic, region_code, count)"
                        + " values (?,?,?,?,?,?,1) on conflict (day, measure, channel, language, topic, region_code)"
                        + " do update set count = support.daily_counts.count + 1")
                .params(
                        Date.valueOf(LocalDate.now(clock.withZone(ZoneOffset.UTC))),
                        measure.name(),
                        channel.name(),
                        HandoffQueue.language(language),
                        topic == null ? "" : topic,
                        region(regionCode))
                .update();
    }

    /** An intent name, {@link #OTHER_TOPIC} for anything else, or null for none. */
    static String topic(String topic) {
        if (topic == null || topic.isBlank()) {
            return null;
        }
        return TOPICS.contains(topic) ? topic : OTHER_TOPIC;
    }

    private static String region(String code) {
        return code != null && REGION.matcher(code).matches() ? code : "";
    }
}
