package org.taawun.support.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.taawun.cooperative.Country;
import org.taawun.support.Intent;
import org.taawun.support.ServiceDirectory;
import org.taawun.support.ServiceKind;
import org.taawun.support.SupportService;
import org.taawun.support.chat.ConversationKey;
import org.taawun.support.chat.Handoffs;
import org.taawun.support.chat.QuickReply;
import org.taawun.support.chat.TopicReached;

/**
 * Performs the actions of a node (see {@link Action}). Numbers always come from the {@link ServiceDirectory}, and only
 * checked ones: an entry marked as an example (or a number to be verified) stays in the administrator's directory
 * and is never said in a chat. The national numbers are those of her country: the one she chose, else the one the
 * channel guesses from the request, else Morocco; while she has not chosen, a quick reply offers the other
 * country's numbers. The local services are those of the region and city she picked. The hand-off goes through {@link Handoffs} when the application has one; without it, or when
 * it fails, she is told that no counsellor can answer now and given the listening lines.
 */
@Component
class Actions {

    private static final Logger LOG = LoggerFactory.getLogger(Actions.class);
    /** The payload of the quick reply that asks for a country's national numbers: {@code +numbers:TN}. */
    static final String NUMBERS = "+numbers:";

    private final ServiceDirectory directory;
    private final ServiceLines lines;
    private final Places places;
    private final Texts texts;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<Handoffs> handoffs;

    Actions(
            ServiceDirectory directory,
            ServiceLines lines,
            Places places,
            Texts texts,
            ApplicationEventPublisher events,
            ObjectProvider<Handoffs> handoffs) {
        this.directory = directory;
        this.lines = lines;
        this.places = places;
        this.texts = texts;
        this.events = events;
        this.handoffs = handoffs;
    }

    void perform(Action action, Flow flow, Conversation conversation, ConversationKey key, Turn turn) {
        String language = flow.speak(conversation.language());
        String country = conversation.result(Conversation.COUNTRY);
        switch (action.type()) {
            case Action.SEND -> {
                if (action.country() == null
                        || country == null
                        || action.country().equals(country)) {
                    turn.say(Texts.of(action.text(), flow, language));
                }
            }
            case Action.SERVICES -> services(topicOf(action, conversation), conversation, language, turn);
            case Action.EMERGENCY -> national(Intent.DANGER_NOW.serviceKinds(), conversation, language, turn);
            case Action.TOPIC -> topic(action.topic(), conversation, key, language);
            case Action.HANDOFF -> handoff(action, flow, conversation, key, turn);
            case Action.SET_LANGUAGE -> {
                if (flow.languages().contains(action.language())) {
                    conversation.speak(action.language());
                }
            }
            default -> LOG.warn("Unknown flow action type skipped");
        }
    }

    private static Intent topicOf(Action action, Conversation conversation) {
        String topic = action.topic() != null ? action.topic() : conversation.result(Conversation.TOPIC);
        return topic == null ? null : Intent.valueOf(topic);
    }

    private void services(Intent topic, Conversation conversation, String language, Turn turn) {
        if (topic == null || topic.serviceKinds().isEmpty()) {
            return;
        }
        Set<ServiceKind> kinds = topic.serviceKinds();
        String country = conversation.result(Conversation.COUNTRY);
        national(kinds, conversation, language, turn);
        String region = conversation.result(Conversation.REGION);
        if (country == null || region == null) {
            return;
        }
        String city = conversation.result(Conversation.CITY);
        String where = city == null ? places.regionName(region, language) : city;
        List<SupportService> near = directory.local(Country.valueOf(country), region, city).stream()
                .filter(s -> kinds.contains(s.kind()) && !s.example())
                .toList();
        if (near.isEmpty()) {
            turn.say(texts.get("support-chat.services.none-near", language, where));
        } else {
            turn.say(lines.message(texts.get("support-chat.services.near", language, where), near, language));
        }
    }

    /**
     * The checked national numbers of the kinds in her country (chosen, else guessed, else Morocco); while she has not
     * chosen hers, the other country's numbers are offered as a quick reply.
     */
    private void national(Set<ServiceKind> kinds, Conversation conversation, String language, Turn turn) {
        Country country = Optional.ofNullable(country(conversation.countryOrGuess()))
                .map(Country::valueOf)
                .orElse(Country.MA);
        say(kinds, country, language, turn);
        if (conversation.result(Conversation.COUNTRY) == null) {
            Country other = country == Country.MA ? Country.TN : Country.MA;
            String name = texts.get("support.country." + other.name(), language);
            turn.offerAlso(new QuickReply(
                    Choices.title(texts.get("support-chat.numbers.other", language, name)), NUMBERS + other.name()));
        }
    }

    /** The emergency numbers of a country she asked for with the quick reply. */
    void numbersOf(Country country, Flow flow, Conversation conversation, Turn turn) {
        say(Intent.DANGER_NOW.serviceKinds(), country, flow.speak(conversation.language()), turn);
    }

    private void say(Set<ServiceKind> kinds, Country country, String language, Turn turn) {
        List<SupportService> numbers = directory.nationalNumbers(country).stream()
                .filter(s -> kinds.contains(s.kind()) && !s.example())
                .toList();
        if (!numbers.isEmpty()) {
            String name = texts.get("support.country." + country.name(), language);
            turn.say(lines.message(texts.get("support-chat.services.national", language, name), numbers, language));
        }
    }

    /** The country of a payload {@code +numbers:TN}, or null. */
    static Country numbersAsked(String payload) {
        if (payload == null || !payload.startsWith(NUMBERS)) {
            return null;
        }
        String code = country(payload.substring(NUMBERS.length()));
        return code == null ? null : Country.valueOf(code);
    }

    /** {@code MA} or {@code TN} when the code is one of them (any case), else null. */
    static String country(String code) {
        if (code == null) {
            return null;
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return upper.equals("MA") || upper.equals("TN") ? upper : null;
    }

    private void topic(String topic, Conversation conversation, ConversationKey key, String language) {
        conversation.save(Conversation.TOPIC, topic);
        String region = conversation.result(Conversation.REGION);
        if (conversation.countOnce(topic, region)) {
            events.publishEvent(new TopicReached(key.channel(), language, topic, region));
        }
    }

    private void handoff(Action action, Flow flow, Conversation conversation, ConversationKey key, Turn turn) {
        String language = flow.speak(conversation.language());
        Handoffs queue = handoffs.getIfAvailable();
        boolean asked = false;
        if (queue != null) {
            try {
                queue.request(
                        key,
                        language,
                        conversation.result(Conversation.TOPIC),
                        conversation.dangerRaised(),
                        conversation.steps());
                asked = true;
            } catch (RuntimeException e) {
                LOG.warn("A hand-off could not be asked: {}", e.getClass().getSimpleName());
            }
        }
        if (asked) {
            turn.say(Texts.of(action.text(), flow, language));
        } else {
            turn.say(texts.get("support-chat.handoff.unavailable", language));
            national(Set.of(ServiceKind.LISTENING_LINE), conversation, language, turn);
        }
    }
}
