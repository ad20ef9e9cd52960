/**
 * The conversation engine of the support chatbot ({@link org.taawun.support.chat.Chatbot}): flows in the style of
 * RapidPro ({@link org.taawun.support.conversation.Flow}: nodes with actions, routers and timed waits, texts per
 * language), run for each message by {@link org.taawun.support.conversation.FlowChatbot}, with the state of each
 * conversation in memory only ({@link org.taawun.support.conversation.Conversations}, gone after 30 minutes idle).
 * Danger and the menu word are heard wherever she is; numbers come from the service directory, never from texts.
 */
package org.taawun.support.conversation;
