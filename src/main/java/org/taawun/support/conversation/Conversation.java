package org.taawun.support.conversation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taawun.support.chat.ChatStep;

/**
 * The state of one conversation, in memory only (see {@link Conversations}): her language, what she chose (country,
 * region, city, topic), where she is in the flow, and her last steps (what she tapped and wrote, at most {@link
 * #MAX_STEPS} of them and {@link #MAX_STEP_CHARS} characters), kept only to be shown to a counsellor she asks for and
 * gone with the conversation (idle time, quick exit). Callers hold the object's lock while they read or change it, so
 * that two messages of one conversation are answered one after the other.
 */
final class Conversation {

    static final int MAX_STEPS = 20;
    static final int MAX_STEP_CHARS = 4_000;

    static final String COUNTRY = "country";
    static final String REGION = "region";
    static final String CITY = "city";
    static final String TOPIC = "topic";

    private final Map<String, String> results = new HashMap<>();
    private final Set<String> topicsCounted = new HashSet<>();
    private String language;
    private boolean languageChosen;
    private String node;
    private long waitingSince;
    private int listPage;
    private boolean dangerRaised;
    private final Deque<ChatStep> steps = new ArrayDeque<>();
    private int stepChars;
    private String channelCountry;

    Conversation(String language) {
        this.language = language;
    }

    String language() {
        return language;
    }

    /** She chose her language: it wins from now on over the one the channel knows. */
    void speak(String chosen) {
        this.language = chosen;
        this.languageChosen = true;
    }

    boolean languageChosen() {
        return languageChosen;
    }

    /** The channel's language, followed until she chooses one herself. */
    void follow(String channelLanguage) {
        if (!languageChosen && channelLanguage != null) {
            this.language = channelLanguage;
        }
    }

    /** The country the channel guesses for her (from the request), used until she picks hers. */
    void guessCountry(String country) {
        if (country != null) {
            this.channelCountry = country;
        }
    }

    /** Her country: the one she chose, else the channel's guess, else null. */
    String countryOrGuess() {
        String chosen = results.get(COUNTRY);
        return chosen != null ? chosen : channelCountry;
    }

    String node() {
        return node;
    }

    /** She is now at this node, waiting since the given tick of the conversation clock (nanoseconds). */
    void at(String nodeId, long now) {
        if (!nodeId.equals(node)) {
            listPage = 0;
        }
        this.node = nodeId;
        this.waitingSince = now;
    }

    long waitingSince() {
        return waitingSince;
    }

    String result(String name) {
        return results.get(name);
    }

    void save(String name, String value) {
        if (value == null) {
            results.remove(name);
        } else {
            results.put(name, value);
        }
    }

    int listPage() {
        return listPage;
    }

    void listPage(int page) {
        this.listPage = page;
    }

    boolean dangerRaised() {
        return dangerRaised;
    }

    void raiseDanger() {
        this.dangerRaised = true;
    }

    /** Remembers one of her steps; the oldest go once there are too many or they are too long. */
    void record(ChatStep step) {
        steps.addLast(step);
        stepChars += step.text().length();
        while (steps.size() > MAX_STEPS || (stepChars > MAX_STEP_CHARS && steps.size() > 1)) {
            stepChars -= steps.removeFirst().text().length();
        }
    }

    /** Her last steps, oldest first. */
    List<ChatStep> steps() {
        return List.copyOf(steps);
    }

    /** Whether this topic (with this region) is counted for the first time in this conversation. */
    boolean countOnce(String topic, String region) {
        return topicsCounted.add(topic + "@" + region);
    }
}
