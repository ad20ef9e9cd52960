-- One store of Idempotency-Key entries for every write a client may retry (issue 13): the purpose (which write), the
-- client's scope (its account), the key, the hash of the body it came with and the id of what it made. Written in the
-- transaction of the write, so a second request racing with the same key waits on the primary key and then finds the
-- first's result. Kept at least 24 hours, then purged (shared.idempotency.IdempotencyStore). Settlement's payouts use
-- it first; ordering's and shop's own key tables can move here later (their rows copy over as they are).
create schema if not exists shared;

create table shared.idempotency_keys (
    purpose      varchar(40)  not null,
    scope        varchar(100) not null,
    key          varchar(100) not null,
    request_hash varchar(64)  not null,
    result_id    uuid         not null,
    created_at   timestamptz  not null,
    primary key (purpose, scope, key)
);
create index shared_idempotency_keys_created_idx on shared.idempotency_keys (created_at);
