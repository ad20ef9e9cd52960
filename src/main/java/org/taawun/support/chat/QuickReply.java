package org.taawun.support.chat;

/**
 * A button under the last message: the person taps it instead of writing.
 *
 * @param title what the button shows (Messenger cuts it at 20 characters)
 * @param payload what comes back when it is tapped
 */
public record QuickReply(String title, String payload) {}
