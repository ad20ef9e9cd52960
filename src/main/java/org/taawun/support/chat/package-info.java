/**
 * The conversation contract inside the support module, shared by the engine ({@link
 * org.taawun.support.chat.Chatbot}), the channels (web and Messenger) and the counsellor hand-off ({@link
 * org.taawun.support.chat.Handoffs}).
 */
package org.taawun.support.chat;
