package org.taawun.support.conversation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Something a node does when the conversation reaches it.
 *
 * <ul>
 *   <li>{@code send}: a message, {@link #text} per language; with {@link #country} only in that country's
 *       conversations (and in those whose country is not known yet, so that she sees both).
 *   <li>{@code services}: the services of the directory for {@link #topic} (else the conversation's topic): the
 *       national numbers of her country, and the local ones of the region and city she picked. Numbers are never
 *       written in texts.
 *   <li>{@code emergency}: the emergency numbers of her country (of both countries when it is not known).
 *   <li>{@code topic}: the conversation reached {@link #topic}; counted for the statistics, without the person.
 *   <li>{@code handoff}: asks for a counsellor, then says {@link #text}.
 *   <li>{@code set_language}: speaks {@link #language} from now on.
 * </ul>
 */
public record Action(String type, Map<String, String> text, String country, String topic, String language) {

    public static final String SEND = "send";
    public static final String SERVICES = "services";
    public static final String EMERGENCY = "emergency";
    public static final String TOPIC = "topic";
    public static final String HANDOFF = "handoff";
    public static final String SET_LANGUAGE = "set_language";
    public static final List<String> TYPES = List.of(SEND, SERVICES, EMERGENCY, TOPIC, HANDOFF, SET_LANGUAGE);

    public Action {
        text = text == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(text));
    }

    public boolean hasText() {
        return SEND.equals(type) || HANDOFF.equals(type);
    }

    public Action withText(Map<String, String> changed) {
        return new Action(type, changed, country, topic, language);
    }
}
