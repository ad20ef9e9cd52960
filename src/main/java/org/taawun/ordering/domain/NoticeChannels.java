package org.taawun.ordering.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.taawun.notification.Channel;
import org.taawun.shared.web.InvalidFieldException;

/**
 * The channel on which each cooperative hears of its new orders on its phone: SMS (the default) or WhatsApp. Read at
 * every order, so kept for {@link #TTL} (a change on another node is seen within that time).
 */
@Component
public class NoticeChannels {

    static final Duration TTL = Duration.ofSeconds(30);

    /** The channels a cooperative may choose. */
    public static final Set<Channel> CHOICES = Set.of(Channel.SMS, Channel.WHATSAPP);

    private final JdbcClient jdbc;
    private final Cache<UUID, Channel> channels =
            Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(TTL).build();

    NoticeChannels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Channel of(UUID cooperativeId) {
        return channels.get(
                cooperativeId,
                id -> jdbc.sql("select channel from ordering.notice_settings where cooperative_id = ?")
                        .param(id)
                        .query(String.class)
                        .optional()
                        .map(Channel::valueOf)
                        .orElse(Channel.SMS));
    }

    /** Chooses the channel; anything but SMS or WhatsApp is refused ({@link InvalidFieldException}) and saves nothing. */
    @Transactional
    public void choose(UUID cooperativeId, String channel) {
        Channel chosen = CHOICES.stream()
                .filter(c -> c.name().equals(channel))
                .findFirst()
                .orElseThrow(() -> new InvalidFieldException("channel", "ordering.error.notice-channel"));
        jdbc.sql("insert into ordering.notice_settings (cooperative_id, channel) values (?, ?)"
                        + " on conflict (cooperative_id) do update set channel = excluded.channel")
                .params(cooperativeId, chosen.name())
                .update();
        // forgotten once committed: a read in between would keep the old channel
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                channels.invalidate(cooperativeId);
            }
        });
    }
}
