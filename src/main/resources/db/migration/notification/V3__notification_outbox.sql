-- Notification outbox: a message is stored in the same transaction as the change that causes it, then delivered by
-- a provider (log, SMTP, SMS/WhatsApp over HTTP), retried with backoff on failure, never lost, never sent twice.
create schema if not exists notification;

create table notification.outbox (
    id              uuid primary key,
    channel         varchar(16)   not null,
    recipient       varchar(254)  not null,
    subject         varchar(300)  not null,
    body            text          not null,
    status          varchar(16)   not null,
    attempts        int           not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      varchar(500),
    created_at      timestamptz   not null,
    sent_at         timestamptz
);
create index outbox_due_idx on notification.outbox (next_attempt_at) where status = 'PENDING';
