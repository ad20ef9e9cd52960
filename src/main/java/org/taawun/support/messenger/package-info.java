/**
 * The Messenger channel of the support chatbot: Meta's webhook ({@code /webhooks/messenger}) checked by signature,
 * messages handled after the answer on per-sender workers, replies sent through the Send API from an outbox that
 * keeps a sender id only until the reply is sent. Conversations are named by a keyed hash of the sender id.
 */
package org.taawun.support.messenger;
