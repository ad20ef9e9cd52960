-- Replies waiting to be sent through Messenger's Send API. The recipient's page-scoped id (PSID) is written here only
-- so that a reply survives a failed attempt or a restart: the row is deleted as soon as the reply is sent, or given
-- up after its last attempt, so no sender id stays in the database. The body is what the bot or a counsellor says
-- (never what the person wrote). Replies to one recipient leave in id order.
create table support.messenger_outbox (
    id              bigint generated always as identity primary key,
    recipient       varchar(64) not null,
    body            text        not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    created_at      timestamptz not null default now()
);

create index messenger_outbox_due on support.messenger_outbox (next_attempt_at);
create index messenger_outbox_recipient on support.messenger_outbox (recipient, id);
