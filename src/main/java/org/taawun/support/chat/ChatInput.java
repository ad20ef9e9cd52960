package org.taawun.support.chat;

/**
 * What a person sent: free text, or the payload of a quick reply she tapped (with its title as text), or both.
 *
 * @param text what she wrote or the title of what she tapped; may be null or blank
 * @param payload the payload of a quick reply; null when she wrote
 */
public record ChatInput(String text, String payload) {

    public static ChatInput text(String text) {
        return new ChatInput(text, null);
    }

    public static ChatInput payload(String payload) {
        return new ChatInput(null, payload);
    }

    public boolean isEmpty() {
        return (text == null || text.isBlank()) && (payload == null || payload.isBlank());
    }
}
