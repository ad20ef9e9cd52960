package org.taawun.support.handoff;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.taawun.identity.AccessGuard;
import org.taawun.identity.Role;
import org.taawun.identity.TaawunUser;
import org.taawun.shared.web.InvalidFieldException;
import org.taawun.shared.web.ProblemException;
import org.taawun.support.chat.ChatPushed;
import org.taawun.support.chat.ChatReply;
import org.taawun.support.chat.ConversationKey;
import org.taawun.support.chat.HandoffClosed;
import org.taawun.support.chat.HandoffTaken;

/**
 * The counsellors' side of the hand-off, behind {@code /support/console}: the queue, taking a conversation (one
 * counsellor only), reading it, replying and closing. Only counsellors and administrators get here, and only the
 * counsellor who took a conversation (or an administrator) reads, answers or closes it. Replies reach the person as
 * {@link ChatPushed}, the end as {@link HandoffClosed}.
 */
@Service
public class CounsellorDesk {

    /** Messenger carries at most 2,000 characters in one message; the web chat is held to the same. */
    public static final int MAX_REPLY = 2_000;

    private final HandoffStore store;
    private final ReachableConversations reachable;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CounsellorDesk(
            HandoffStore store,
            ReachableConversations reachable,
            AccessGuard guard,
            ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.store = store;
        this.reachable = reachable;
        this.guard = guard;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** A line of the queue: under the random handle only. */
    public record QueueEntry(HandoffSummary handoff, long waitingMinutes, boolean mine) {}

    /**
     * A conversation as its counsellor sees it. {@code before} (what she chose and wrote before she asked) and {@code
     * lines} (the messages since) are empty until it is taken; {@code mine} means she took it or is an administrator
     * (who may act on every conversation); {@code reachable} is false when the person can be answered only after she
     * writes again (this node restarted, or she is on another node).
     */
    public record Conversation(
            HandoffSummary handoff,
            boolean mine,
            boolean reachable,
            List<HandoffLine> before,
            List<HandoffLine> lines) {

        public boolean mayTake() {
            return handoff.status() == HandoffStatus.WAITING;
        }

        public boolean mayAnswer() {
            return handoff.status() == HandoffStatus.TAKEN && mine;
        }
    }

    /** The open hand-offs, danger first, then the longest waiting; a counsellor sees the waiting ones and hers. */
    @Transactional(readOnly = true)
    public List<QueueEntry> queue() {
        TaawunUser me = requireCounsellor();
        boolean admin = me.has(Role.ADMIN);
        return store.openOnes().stream()
                .filter(row -> row.status() == HandoffStatus.WAITING
                        || admin
                        || me.id().equals(row.counsellorId()))
                .map(row -> new QueueEntry(
                        HandoffSummary.of(row),
                        Math.max(
                                0,
                                Duration.between(row.requestedAt(), clock.instant())
                                        .toMinutes()),
                        me.id().equals(row.counsellorId())))
                .toList();
    }

    /**
     * Takes a waiting hand-off; a second counsellor gets a 409 with a clear reason, and nothing changes. The person
     * is told that a counsellor has joined: now when this node can reach her, else at her next message.
     */
    @Transactional
    public void take(UUID id) {
        TaawunUser me = requireCounsellor();
        HandoffRow row = find(id);
        if (!store.take(id, me.id(), clock.instant())) {
            throw ProblemException.conflict("handoff-taken", "support-handoff.error.taken");
        }
        reachable
                .keyOf(row.conversationHash())
                .filter(key -> store.claimOnce(id, HandoffStore.Flag.JOINED_TOLD))
                .ifPresent(key -> events.publishEvent(new HandoffTaken(key, row.language())));
    }

    @Transactional(readOnly = true)
    public Conversation conversation(UUID id) {
        TaawunUser me = requireCounsellor();
        HandoffRow row = find(id);
        if (row.status() == HandoffStatus.WAITING) {
            return view(row, false, List.of());
        }
        requireHolder(me, row);
        return view(row, me.id().equals(row.counsellorId()) || me.has(Role.ADMIN), store.messages(id));
    }

    /** Sends a reply to the person: stored with the hand-off and pushed to her channel. */
    @Transactional
    public void reply(UUID id, String text) {
        TaawunUser me = requireCounsellor();
        // Forms send line breaks as CR LF; the browser's maxlength counted them as one character.
        String body = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (body.isEmpty()) {
            throw new InvalidFieldException("text", "support-handoff.error.reply-empty");
        }
        if (body.length() > MAX_REPLY) {
            throw new InvalidFieldException("text", "support-handoff.error.reply-too-long", MAX_REPLY);
        }
        HandoffRow row = requireAnswerable(me, id);
        ConversationKey key = reachable
                .keyOf(row.conversationHash())
                .orElseThrow(
                        () -> ProblemException.conflict("handoff-unreachable", "support-handoff.error.unreachable"));
        if (!store.addMessage(id, HandoffLine.Author.COUNSELLOR, body, clock.instant())) {
            throw alreadyClosed();
        }
        events.publishEvent(new ChatPushed(
                key, new ChatReply(ChatReply.Author.COUNSELLOR, row.language(), List.of(body), List.of())));
    }

    /** Ends the hand-off: the bot takes the conversation back; the messages are erased after the retention. */
    @Transactional
    public void close(UUID id) {
        TaawunUser me = requireCounsellor();
        HandoffRow row = requireAnswerable(me, id);
        if (!store.close(id, clock.instant())) {
            throw alreadyClosed();
        }
        reachable
                .keyOf(row.conversationHash())
                .ifPresent(key -> events.publishEvent(new HandoffClosed(key, row.language())));
        reachable.forget(row.conversationHash());
    }

    private HandoffRow requireAnswerable(TaawunUser me, UUID id) {
        HandoffRow row = find(id);
        if (row.status() == HandoffStatus.CLOSED) {
            throw alreadyClosed();
        }
        if (row.status() == HandoffStatus.WAITING) {
            throw ProblemException.conflict("handoff-not-taken", "support-handoff.error.not-taken");
        }
        requireHolder(me, row);
        return row;
    }

    private static ProblemException alreadyClosed() {
        return ProblemException.conflict("handoff-closed", "support-handoff.error.closed");
    }

    private static void requireHolder(TaawunUser me, HandoffRow row) {
        if (!me.has(Role.ADMIN) && !me.id().equals(row.counsellorId())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "handoff-not-yours", "support-handoff.error.not-yours");
        }
    }

    private Conversation view(HandoffRow row, boolean mine, List<HandoffLine> all) {
        return new Conversation(
                HandoffSummary.of(row),
                mine,
                reachable.keyOf(row.conversationHash()).isPresent(),
                all.stream().filter(HandoffLine::beforeRequest).toList(),
                all.stream().filter(line -> !line.beforeRequest()).toList());
    }

    private HandoffRow find(UUID id) {
        return store.find(id)
                .orElseThrow(() -> ProblemException.notFound("handoff-not-found", "support-handoff.error.not-found"));
    }

    private TaawunUser requireCounsellor() {
        return guard.currentUser()
                .filter(u -> u.has(Role.COUNSELLOR) || u.has(Role.ADMIN))
                .orElseThrow(() -> new AccessDeniedException("counsellors only"));
    }
}
