package org.taawun.support.conversation;

import java.util.ArrayList;
import java.util.List;
import org.taawun.support.chat.ChatReply;
import org.taawun.support.chat.QuickReply;

/** What the bot says in answer to one message, collected while the flow runs. */
final class Turn {

    private final List<String> messages = new ArrayList<>();
    private List<QuickReply> quickReplies = List.of();
    private final List<QuickReply> extras = new ArrayList<>();

    void say(String message) {
        if (message != null && !message.isBlank()) {
            messages.add(message);
        }
    }

    /** The quick replies under the last message (those of the node where the conversation waits). */
    void offer(List<QuickReply> choices) {
        this.quickReplies = List.copyOf(choices);
    }

    /** A quick reply offered after those of the node where the conversation waits (another country's numbers). */
    void offerAlso(QuickReply extra) {
        if (extras.stream().noneMatch(q -> q.payload().equals(extra.payload()))) {
            extras.add(extra);
        }
    }

    /**
     * Adds two turns said in two languages, message by message: each message of the first followed by the same
     * message of the second; the quick replies are those of {@code offered}.
     */
    void sayBoth(Turn first, Turn second, Turn offered) {
        int count = Math.max(first.messages.size(), second.messages.size());
        for (int i = 0; i < count; i++) {
            String one = i < first.messages.size() ? first.messages.get(i) : null;
            String other = i < second.messages.size() ? second.messages.get(i) : null;
            say(one == null ? other : other == null ? one : one + "\n\n" + other);
        }
        offer(offered.quickReplies);
        offered.extras.forEach(this::offerAlso);
    }

    ChatReply reply(String language) {
        List<QuickReply> all = new ArrayList<>(quickReplies);
        extras.stream()
                .filter(e -> all.stream().noneMatch(q -> q.payload().equals(e.payload())))
                .forEach(all::add);
        return new ChatReply(
                ChatReply.Author.BOT, language, messages, all.subList(0, Math.min(all.size(), Choices.MAX)));
    }
}
