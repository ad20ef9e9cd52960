package org.taawun.support.conversation;

import java.util.ArrayList;
import java.util.List;
import org.taawun.support.chat.ChatReply;
import org.taawun.support.chat.QuickReply;

/** What the bot says in answer to one message, collected while the flow runs. */
final class Turn {

    private final List<String> messages = new ArrayList<>();
    private List<QuickReply> quickReplies = List.of();

    void say(String message) {
        if (message != null && !message.isBlank()) {
            messages.add(message);
        }
    }

    /** The quick replies under the last message (those of the node where the conversation waits). */
    void offer(List<QuickReply> choices) {
        this.quickReplies = List.copyOf(choices);
    }

    ChatReply reply(String language) {
        return new ChatReply(ChatReply.Author.BOT, language, messages, quickReplies);
    }
}
