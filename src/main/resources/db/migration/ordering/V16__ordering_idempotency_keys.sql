-- Idempotency keys belong to the client that sent them: a signed-in account (session or API token) by its account id,
-- an anonymous client by the key and the hash of its body, the checkout page by the cart (cookie) and the one-time
-- token of its form. Another client sending the same key makes its own order. Keys are kept at least 24 hours, then
-- purged (ordering.domain.IdempotencyKeys); the order stays.
create table ordering.idempotency_keys (
    scope        varchar(100) not null,
    key          varchar(100) not null,
    request_hash varchar(64),
    order_id     uuid         not null references ordering.orders (id),
    created_at   timestamptz  not null,
    primary key (scope, key)
);
create index idempotency_keys_created_idx on ordering.idempotency_keys (created_at);

insert into ordering.idempotency_keys (scope, key, request_hash, order_id, created_at)
select case when account_id is not null then 'account:' || account_id else 'anonymous:' || coalesce(request_hash, '') end,
       idempotency_key, request_hash, id, created_at
from ordering.orders
where idempotency_key is not null;

alter table ordering.orders drop column idempotency_key, drop column request_hash;
