package org.taawun.support.chat;

/**
 * Something to tell a person outside of an answer to her message: a counsellor's reply, the end of a hand-off. The
 * web channel keeps it for her next page view or poll; the Messenger channel sends it.
 */
public record ChatPushed(ConversationKey key, ChatReply reply) {}
