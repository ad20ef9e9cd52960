package org.taawun.support.chat;

import java.util.List;

/**
 * What the person is told: messages in order, then the quick replies offered under the last one.
 *
 * @param author who speaks: the bot or a counsellor
 * @param language the language of the texts ({@code ar}, {@code fr}, {@code en})
 */
public record ChatReply(Author author, String language, List<String> messages, List<QuickReply> quickReplies) {

    public enum Author {
        BOT,
        COUNSELLOR
    }

    public ChatReply {
        messages = List.copyOf(messages);
        quickReplies = List.copyOf(quickReplies);
    }

    public boolean isEmpty() {
        return messages.isEmpty() && quickReplies.isEmpty();
    }
}
