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
}
