package org.taawun.support.web.chat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.taawun.support.chat.ChatChannel;
import org.taawun.support.chat.ConversationKey;
import org.taawun.support.chat.QuickReply;

/**
 * What the web page shows of one conversation: its last bubbles and the quick replies under the last one, in memory
 * only. The bubbles are guarded by this object's monitor, which is never held while calling out; a person's turns
 * are put in order by a separate lock held during the engine's answer, so a counsellor's message pushed meanwhile
 * never waits for the engine.
 */
final class Transcript {

    private final String token;
    private final int keep;
    private final ReentrantLock turnLock = new ReentrantLock();
    private final Deque<Bubble> bubbles = new ArrayDeque<>();
    private List<QuickReply> quickReplies = List.of();
    private String language;
    private int lastSeq;
    private int turns;
    private int delivered;

    Transcript(String token, String language, int keep) {
        this.token = token;
        this.language = language;
        this.keep = keep;
    }

    String token() {
        return token;
    }

    ConversationKey key() {
        return new ConversationKey(ChatChannel.WEB, token);
    }

    ReentrantLock turnLock() {
        return turnLock;
    }

    synchronized void add(Bubble.Speaker speaker, String text) {
        bubbles.addLast(new Bubble(++lastSeq, speaker, text));
        while (bubbles.size() > keep) {
            bubbles.removeFirst();
        }
    }

    /**
     * Counts a message of the person if the page she posted from showed the conversation as it stands: a page posted
     * again (a reload, the back button, a double tap) carries an older count and is not sent again.
     */
    synchronized boolean claimTurn(int seen) {
        if (seen != turns) {
            return false;
        }
        turns++;
        return true;
    }

    synchronized int turns() {
        return turns;
    }

    synchronized List<Bubble> bubbles() {
        return List.copyOf(bubbles);
    }

    synchronized List<Bubble> after(int seq) {
        return bubbles.stream().filter(b -> b.seq() > seq).toList();
    }

    synchronized int lastSeq() {
        return lastSeq;
    }

    /** What was said to the person (not by her) since the last call, for the API's answer. */
    synchronized List<Bubble> undelivered() {
        List<Bubble> fresh = after(delivered).stream()
                .filter(b -> b.speaker() != Bubble.Speaker.PERSON)
                .toList();
        delivered = lastSeq;
        return fresh;
    }

    synchronized List<QuickReply> quickReplies() {
        return quickReplies;
    }

    synchronized void offer(List<QuickReply> replies) {
        quickReplies = List.copyOf(replies);
    }

    synchronized String language() {
        return language;
    }

    synchronized void speak(String newLanguage) {
        if (newLanguage != null && !newLanguage.isBlank()) {
            language = newLanguage;
        }
    }

    /** The title of a quick reply offered now, to show what she tapped in her own bubble. */
    synchronized String titleOf(String payload) {
        return quickReplies.stream()
                .filter(q -> q.payload().equals(payload))
                .map(QuickReply::title)
                .findFirst()
                .orElse(null);
    }
}
