package org.taawun.support.web.chat;

import org.taawun.shared.web.InvalidFieldException;

/**
 * What the web channel accepts before anything reaches the engine: some text or a quick reply, at most {@value
 * #MAX_TEXT} characters of text. The page and the API refuse the same messages with the same localised texts.
 */
final class MessageRules {

    static final int MAX_TEXT = 2000;
    static final int MAX_PAYLOAD = 200;

    private MessageRules() {}

    /** Refuses an empty or enormous message, naming the field at fault. */
    static void check(String text, String payload) {
        boolean noText = text == null || text.isBlank();
        boolean noPayload = payload == null || payload.isBlank();
        if (noText && noPayload) {
            throw new InvalidFieldException("text", "support.chat.error.empty");
        }
        if (!noText && text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw new InvalidFieldException("text", "support.chat.error.too-long", MAX_TEXT);
        }
        if (!noPayload && payload.length() > MAX_PAYLOAD) {
            throw new InvalidFieldException("payload", "support.chat.error.payload");
        }
    }
}
