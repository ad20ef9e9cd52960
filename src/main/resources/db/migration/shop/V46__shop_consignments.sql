-- Consignment (issue 12): a cooperative deposits goods at a shop (they stay hers until sold) and withdraws unsold
-- goods, each time with a numbered note both parties sign. Numbers run per shop, kind and year; the (shop, kind, year,
-- sequence) quadruple is unique by construction (a counter row locked until its transaction commits), as order part
-- numbers are. A shelf item is a variant as one shop sells it: the code its barcode labels carry (generated, numeric,
-- unique in the shop: SKUs are unique only within a product) and the consumer price agreed at the last deposit.
-- Deposit requests honour Idempotency-Key per client, kept at least 24 hours. The stock itself moves in inventory.
create table shop.consignments (
    id             uuid primary key,
    shop_id        uuid         not null references shop.shops (id),
    cooperative_id uuid         not null,
    kind           varchar(16)  not null check (kind in ('DEPOSIT', 'WITHDRAWAL')),
    number_year    int          not null,
    number_seq     int          not null,
    number         varchar(32)  not null,
    currency       varchar(3)   not null,
    recorded_at    timestamptz  not null,
    recorded_by    uuid,
    unique (shop_id, kind, number_year, number_seq)
);
create index consignments_shop_idx on shop.consignments (shop_id, recorded_at);
create index consignments_cooperative_idx on shop.consignments (cooperative_id, recorded_at);

create table shop.consignment_lines (
    consignment_id uuid          not null references shop.consignments (id),
    position       int           not null,
    variant_id     uuid          not null,
    quantity       int           not null check (quantity > 0),
    unit_price     numeric(19,3) check (unit_price > 0),
    primary key (consignment_id, position)
);

create table shop.consignment_counters (
    shop_id    uuid        not null,
    kind       varchar(16) not null,
    year       int         not null,
    next_value int         not null,
    primary key (shop_id, kind, year)
);

create sequence shop.shelf_codes;

create table shop.shelf_items (
    shop_id        uuid          not null references shop.shops (id),
    variant_id     uuid          not null,
    cooperative_id uuid          not null,
    code           varchar(20)   not null,
    price          numeric(19,3) not null check (price > 0),
    currency       varchar(3)    not null,
    updated_at     timestamptz   not null,
    primary key (shop_id, variant_id),
    unique (shop_id, code)
);

create table shop.idempotency_keys (
    scope          varchar(100) not null,
    key            varchar(100) not null,
    request_hash   varchar(64)  not null,
    consignment_id uuid         not null references shop.consignments (id),
    created_at     timestamptz  not null,
    primary key (scope, key)
);
create index shop_idempotency_keys_created_idx on shop.idempotency_keys (created_at);
