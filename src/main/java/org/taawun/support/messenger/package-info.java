/**
 * The Messenger channel of the support chatbot: Meta's webhook ({@code /webhooks/messenger}) checked by signature,
 * events stored in the database before the answer and processed after it, once across nodes and in order per sender
 * (their text and sender id erased once processed), replies sent through the Send API from an outbox that keeps a
 * sender id only until the reply is sent, with no lock held during a call. Conversations are named by a keyed hash of
 * the sender id.
 */
package org.taawun.support.messenger;
