-- Messenger delivery without a lock held during a network call, and incoming events stored before they are
-- acknowledged.
--
-- Replies: a sender claims a reply (claimed_until = now + lease, attempts + 1, committed at once), calls the Send API
-- with no transaction open, then deletes the row (sent, refused, or given up after the last attempt) or sets its
-- next attempt. A sender that dies leaves its claim: the reply is sent again once the lease has ended.
alter table support.messenger_outbox add column claimed_until timestamptz;

-- Incoming events, written by the webhook in one statement before it answers 200, then processed once across nodes
-- (claimed with FOR UPDATE SKIP LOCKED and a lease; a sender's events one at a time, in the order they came).
-- What she wrote is kept here in clear only until the event is processed: `event` (her sender id, text and tapped
-- payload) and `sender_hash` are set to null in the transaction that hands the event to the conversation engine, so
-- that afterwards the row holds only a SHA-256 hash of Meta's message id and two instants. Those remain for 24 hours
-- so that an event Meta delivers again is recognised and processed once; then the row is deleted. Events older than
-- taawun.support.messenger.max-event-age (24 h) are never processed.
create table support.messenger_inbox (
    id            bigint generated always as identity primary key,
    sender_hash   varchar(64),
    message_hash  varchar(64),
    event         text,
    sent_at       timestamptz not null,
    received_at   timestamptz not null,
    attempts      integer     not null default 0,
    claimed_until timestamptz,
    processed_at  timestamptz,
    constraint messenger_inbox_processed_ck
        check ((processed_at is null) = (event is not null) and (processed_at is null) = (sender_hash is not null))
);
create unique index messenger_inbox_message_uq on support.messenger_inbox (message_hash);
create index messenger_inbox_waiting on support.messenger_inbox (sender_hash, id) where processed_at is null;
create index messenger_inbox_processed on support.messenger_inbox (processed_at) where processed_at is not null;
