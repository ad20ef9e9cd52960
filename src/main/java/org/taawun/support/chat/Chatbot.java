package org.taawun.support.chat;

/**
 * The conversation engine: the channels (web, Messenger) hand it what a person sent and show or send back what it
 * answers. Everything a channel must say later, outside of an answer (a counsellor's reply, the end of a hand-off),
 * comes as a {@link ChatPushed} event.
 */
public interface Chatbot {

    /**
     * Answers one message of a conversation, starting the conversation when it is new.
     *
     * @param language the language the channel knows for her ({@code ar}, {@code fr}, {@code en}), or null; the
     *     conversation's own choice wins once she has made one
     */
    ChatReply handle(ConversationKey key, ChatInput input, String language);

    /**
     * The same, with the country the channel guesses for her ({@code MA} or {@code TN}, from the request's {@code
     * Accept-Language}), or null: her own choice of country wins once she has made one; without either, Morocco's
     * numbers come first.
     */
    default ChatReply handle(ConversationKey key, ChatInput input, String language, String country) {
        return handle(key, input, language);
    }

    /**
     * The quick exit: forgets the conversation at once, with what it kept for a counsellor, and erases her open
     * hand-off (see {@link Handoffs#erase}).
     */
    void forget(ConversationKey key);
}
