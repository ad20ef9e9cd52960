package org.taawun.support.messenger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.taawun.support.chat.ChatInput;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads the messages out of a webhook body: {@code entry[].messaging[]} items with a {@code message} (text, or the
 * payload of a quick reply she tapped) or a {@code postback} (a button). Echoes of the page's own messages, delivery
 * and read receipts and every other kind of event are left out, and a body that is not the expected JSON gives no
 * message at all: nothing a caller sends can break the webhook.
 */
@Component
class WebhookEvents {

    private final ObjectMapper json;

    WebhookEvents(ObjectMapper json) {
        this.json = json;
    }

    List<IncomingMessage> read(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException malformed) {
            return List.of();
        }
        if (root == null || !"page".equals(string(root.path("object")))) {
            return List.of();
        }
        List<IncomingMessage> messages = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode event : entry.path("messaging")) {
                IncomingMessage message = message(event);
                if (message != null) {
                    messages.add(message);
                }
            }
        }
        return messages;
    }

    private static IncomingMessage message(JsonNode event) {
        String sender = string(event.path("sender").path("id"));
        if (sender == null || sender.isBlank()) {
            return null;
        }
        JsonNode message = event.path("message");
        if (message.isObject()) {
            if (message.path("is_echo").asBoolean(false)) {
                return null;
            }
            String payload = string(message.path("quick_reply").path("payload"));
            // A sticker, photo or voice note comes without text: the engine answers it like an empty message.
            return new IncomingMessage(
                    sender,
                    string(message.path("mid")),
                    new ChatInput(string(message.path("text")), payload),
                    instant(event.path("timestamp")));
        }
        JsonNode postback = event.path("postback");
        if (postback.isObject()) {
            return new IncomingMessage(
                    sender,
                    string(postback.path("mid")),
                    new ChatInput(string(postback.path("title")), string(postback.path("payload"))),
                    instant(event.path("timestamp")));
        }
        return null;
    }

    /** Meta's timestamps are milliseconds since the epoch. */
    private static Instant instant(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToLong() ? Instant.ofEpochMilli(node.longValue()) : null;
    }

    private static String string(JsonNode node) {
        return node.isString() ? node.stringValue() : null;
    }
}
