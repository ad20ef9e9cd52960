-- Counsellor hand-offs of the support chatbot, and its statistics in aggregate.
--
-- A hand-off names its conversation only by a keyed hash (HMAC-SHA256 with the application's hand-off key) of the
-- conversation key, never by the key itself; counsellors see a random handle. What the person writes is kept only
-- while her hand-off is open, and everything about a hand-off (the row and its messages) is erased once the
-- retention (24 hours by default) has passed after it closed, or after the last message of one left open.
create table support.handoffs (
    id                uuid primary key,
    handle            varchar(24)  not null,
    conversation_hash varchar(64)  not null,
    channel           varchar(16)  not null,
    language          varchar(2)   not null,
    topic             varchar(32),
    danger            boolean      not null default false,
    status            varchar(8)   not null,
    counsellor_id     uuid,
    requested_at      timestamptz  not null,
    taken_at          timestamptz,
    closed_at         timestamptz,
    last_message_at   timestamptz  not null,
    constraint handoffs_status_ck check (status in ('WAITING', 'TAKEN', 'CLOSED')),
    constraint handoffs_channel_ck check (channel in ('WEB', 'MESSENGER')),
    constraint handoffs_language_ck check (language in ('ar', 'fr', 'en')),
    constraint handoffs_taken_ck check (status = 'WAITING' or (counsellor_id is not null and taken_at is not null)),
    constraint handoffs_closed_ck check ((status = 'CLOSED') = (closed_at is not null))
);
-- One open hand-off per conversation; handles unique while their rows live.
create unique index handoffs_open_uq on support.handoffs (conversation_hash) where status <> 'CLOSED';
create unique index handoffs_handle_uq on support.handoffs (handle);
create index handoffs_queue_idx on support.handoffs (status, danger desc, requested_at);

create table support.handoff_messages (
    id         bigint generated always as identity primary key,
    handoff_id uuid         not null references support.handoffs (id) on delete cascade,
    author     varchar(10)  not null,
    body       text         not null,
    written_at timestamptz  not null,
    constraint handoff_messages_author_ck check (author in ('PERSON', 'COUNSELLOR'))
);
create index handoff_messages_handoff_idx on support.handoff_messages (handoff_id, id);

-- Counters per day (UTC), never per person: what was counted (a conversation started, a topic reached, a hand-off
-- requested), on which channel, in which language, on which topic and in which region (empty when none).
create table support.daily_counts (
    day         date        not null,
    measure     varchar(16) not null,
    channel     varchar(16) not null,
    language    varchar(2)  not null,
    topic       varchar(32) not null default '',
    region_code varchar(8)  not null default '',
    count       bigint      not null,
    primary key (day, measure, channel, language, topic, region_code),
    constraint daily_counts_measure_ck check (measure in ('CONVERSATION', 'TOPIC', 'HANDOFF')),
    constraint daily_counts_count_ck check (count > 0)
);
