package org.taawun.support.conversation;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts the engine says itself (not understood, the counsellor's messages, how services are listed), from the
 * {@code support-chat} bundle, and the texts of a flow in the conversation's language.
 */
@Component
class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, String language, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(language));
    }

    /** A flow text in the language, else in the flow's first language (validation makes this rare). */
    static String of(Map<String, String> texts, Flow flow, String language) {
        String text = texts.get(language);
        if ((text == null || text.isBlank()) && !flow.languages().isEmpty()) {
            text = texts.get(flow.languages().get(0));
        }
        return text == null ? "" : text;
    }
}
