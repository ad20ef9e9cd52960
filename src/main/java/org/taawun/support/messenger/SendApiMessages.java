package org.taawun.support.messenger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.taawun.support.chat.ChatReply;
import org.taawun.support.chat.QuickReply;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an answer of the engine into Send API messages, within Messenger's limits: a text of at most 2000
 * characters (longer ones are split, at a space where possible), at most 13 quick replies with titles of at most 20
 * characters, and those only under the last message. The recipient is added when the message is sent.
 */
@Component
class SendApiMessages {

    static final int MAX_TEXT = 2000;
    static final int MAX_QUICK_REPLIES = 13;
    static final int MAX_TITLE = 20;
    static final int MAX_PAYLOAD = 1000;

    private final ObjectMapper json;
    private final MessageSource messages;

    SendApiMessages(ObjectMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /** The bodies to send, in order, without their recipient. */
    List<String> bodies(ChatReply reply) {
        List<String> texts = new ArrayList<>();
        reply.messages().stream().filter(t -> t != null && !t.isBlank()).forEach(t -> texts.addAll(split(t)));
        List<QuickReply> quickReplies = usable(reply.quickReplies());
        if (texts.isEmpty() && !quickReplies.isEmpty()) {
            // Messenger shows quick replies only under a text.
            texts.add(messages.getMessage("support-messenger.choose", null, locale(reply.language())));
        }
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            boolean last = i == texts.size() - 1;
            bodies.add(body(texts.get(i), last ? quickReplies : List.of()));
        }
        return bodies;
    }

    private String body(String text, List<QuickReply> quickReplies) {
        ObjectNode body = json.createObjectNode();
        body.put("messaging_type", "RESPONSE");
        ObjectNode message = body.putObject("message");
        message.put("text", text);
        if (!quickReplies.isEmpty()) {
            ArrayNode buttons = message.putArray("quick_replies");
            for (QuickReply quickReply : quickReplies) {
                buttons.addObject()
                        .put("content_type", "text")
                        .put("title", cut(quickReply.title().strip(), MAX_TITLE))
                        .put("payload", cut(quickReply.payload(), MAX_PAYLOAD));
            }
        }
        return json.writeValueAsString(body);
    }

    private static List<QuickReply> usable(List<QuickReply> quickReplies) {
        return quickReplies.stream()
                .filter(q -> q.title() != null && !q.title().isBlank())
                .filter(q -> q.payload() != null && !q.payload().isBlank())
                .limit(MAX_QUICK_REPLIES)
                .toList();
    }

    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > MAX_TEXT) {
            int end = cutPoint(rest);
            parts.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /** Where to cut a text longer than the limit: after the last space of its second half, else at the limit. */
    private static int cutPoint(String text) {
        for (int i = MAX_TEXT; i > MAX_TEXT / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
    }

    /** At most {@code max} characters, never cutting a character written with two UTF-16 units in half. */
    static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }

    private static Locale locale(String language) {
        return language == null ? Locale.forLanguageTag("ar") : Locale.forLanguageTag(language);
    }
}
