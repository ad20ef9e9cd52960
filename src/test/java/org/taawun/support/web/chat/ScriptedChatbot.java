package org.taawun.support.web.chat;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.util.List;
import org.taawun.support.chat.ChatInput;
import org.taawun.support.chat.ChatReply;
import org.taawun.support.chat.Chatbot;
import org.taawun.support.chat.QuickReply;

/**
 * Scripted answers of a mocked engine for the channel's tests: it repeats what it got and offers two quick replies;
 * the payload {@code LEGAL} gets the legal-aid text, {@code FRANCAIS} switches the conversation to French.
 */
public final class ScriptedChatbot {

    public static final QuickReply LEGAL = new QuickReply("Legal aid", "LEGAL");
    public static final QuickReply FRENCH = new QuickReply("Français", "FRANCAIS");

    private ScriptedChatbot() {}

    public static void script(Chatbot chatbot) {
        when(chatbot.handle(any(), any(), any(), any()))
                .thenAnswer(call -> answer(call.getArgument(1), call.getArgument(2)));
    }

    public static ChatReply answer(ChatInput input, String language) {
        if ("LEGAL".equals(input.payload())) {
            return bot(language, List.of("Lawyers can help you for free.", "Ask me anything else."), List.of());
        }
        if ("FRANCAIS".equals(input.payload())) {
            return bot("fr", List.of("D’accord, en français."), List.of(LEGAL));
        }
        return bot(language, List.of("You wrote: " + input.text()), List.of(LEGAL, FRENCH));
    }

    private static ChatReply bot(String language, List<String> messages, List<QuickReply> quickReplies) {
        return new ChatReply(ChatReply.Author.BOT, language == null ? "ar" : language, messages, quickReplies);
    }
}
