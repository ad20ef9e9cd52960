package org.taawun.support.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.taawun.support.chat.ChatChannel;
import org.taawun.support.chat.ChatInput;
import org.taawun.support.chat.ChatReply;
import org.taawun.support.chat.Chatbot;
import org.taawun.support.chat.ConversationKey;
import org.taawun.support.chat.QuickReply;

/** One person's conversation in a test, through the {@link Chatbot} interface only, as a channel would hold it. */
final class Chat {

    final ConversationKey key;
    private final Chatbot bot;
    private final String language;
    private ChatReply last;

    Chat(Chatbot bot, String language) {
        this.bot = bot;
        this.language = language;
        this.key = new ConversationKey(ChatChannel.WEB, UUID.randomUUID().toString());
    }

    Chat write(String text) {
        return send(ChatInput.text(text));
    }

    Chat send(ChatInput input) {
        last = bot.handle(key, input, language);
        return this;
    }

    /** Taps the quick reply with this title (it must be offered), as a channel sends it: title and payload. */
    Chat tap(String title) {
        QuickReply chosen = last.quickReplies().stream()
                .filter(q -> q.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("«" + title + "» is not offered: " + titles()));
        return send(new ChatInput(chosen.title(), chosen.payload()));
    }

    Chat says(String... fragments) {
        assertThat(text()).as("the bot's messages").contains(fragments);
        return this;
    }

    Chat saysNot(String... fragments) {
        assertThat(text()).as("the bot's messages").doesNotContain(fragments);
        return this;
    }

    Chat offers(String... titles) {
        assertThat(titles()).as("quick replies").containsExactly(titles);
        return this;
    }

    Chat offersAlso(String... titles) {
        assertThat(titles()).as("quick replies").contains(titles);
        return this;
    }

    ChatReply reply() {
        return last;
    }

    String text() {
        return String.join("\n", last.messages());
    }

    List<String> titles() {
        return last.quickReplies().stream().map(QuickReply::title).toList();
    }
}
