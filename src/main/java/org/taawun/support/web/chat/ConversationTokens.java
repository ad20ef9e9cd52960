package org.taawun.support.web.chat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Names a web conversation without any cookie: 256 random bits, URL-safe, carried in a hidden form field, in the
 * address of the chat page after a post ({@code /help?t=…}, sent with no referrer and erased by the quick exit) or in
 * the API's {@code session}. Whoever holds the token reads the conversation, so it is as long as a password reset link.
 */
final class ConversationTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

    private ConversationTokens() {}

    static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    /** Whether a token sent by a browser could be one of ours; anything else starts a new conversation. */
    static boolean isWellFormed(String token) {
        return token != null && WELL_FORMED.matcher(token).matches();
    }
}
