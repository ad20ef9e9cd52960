-- Ordering: carts (kept by a cookie, so they survive sign-in), orders split into one part per cooperative, each part
-- numbered per cooperative and year, with its status history; delivery fees per cooperative and region; and the
-- idempotency keys of API clients.
create schema if not exists ordering;

create table ordering.carts (
    id         uuid primary key,
    account_id uuid,
    updated_at timestamptz not null
);

create table ordering.cart_lines (
    cart_id    uuid        not null references ordering.carts (id) on delete cascade,
    variant_id uuid        not null,
    quantity   int         not null check (quantity between 1 and 99),
    added_at   timestamptz not null,
    primary key (cart_id, variant_id)
);

create sequence ordering.order_numbers;

create table ordering.orders (
    id               uuid primary key,
    number           varchar(20)   not null unique,
    tracking_token   varchar(64)   not null unique,
    currency         varchar(3)    not null,
    customer_name    varchar(120)  not null,
    customer_phone   varchar(20)   not null,
    address          varchar(300),
    city             varchar(80)   not null,
    region_code      varchar(8),
    delivery_method  varchar(8)    not null,
    shop_id          uuid,
    payment          varchar(20)   not null,
    account_id       uuid,
    total            numeric(19,3) not null,
    created_at       timestamptz   not null,
    idempotency_key  varchar(100)  unique,
    request_hash     varchar(64)
);

create table ordering.order_parts (
    id             uuid primary key,
    order_id       uuid          not null references ordering.orders (id),
    cooperative_id uuid          not null,
    number         varchar(40)   not null,
    status         varchar(16)   not null,
    subtotal       numeric(19,3) not null,
    delivery_fee   numeric(19,3) not null,
    reason         varchar(500),
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    version        bigint        not null default 0
);
-- Part numbers are sequential per cooperative and year, so they are unique per cooperative (two cooperatives may
-- share a slug's first word); the order's own number is unique everywhere.
create unique index order_parts_number_uq on ordering.order_parts (cooperative_id, number);
create index order_parts_coop_idx on ordering.order_parts (cooperative_id, created_at desc);
create index order_parts_order_idx on ordering.order_parts (order_id);

create table ordering.order_lines (
    id          bigserial primary key,
    part_id     uuid          not null references ordering.order_parts (id),
    variant_id  uuid          not null,
    product_id  uuid          not null,
    name        varchar(200)  not null,
    unit_price  numeric(19,3) not null,
    quantity    int           not null check (quantity > 0)
);
create index order_lines_part_idx on ordering.order_lines (part_id);

create table ordering.part_history (
    id      bigserial primary key,
    part_id uuid        not null references ordering.order_parts (id),
    status  varchar(16) not null,
    note    varchar(500),
    at      timestamptz not null
);
create index part_history_part_idx on ordering.part_history (part_id, at);

create table ordering.part_counters (
    cooperative_id uuid not null,
    year           int  not null,
    next_value     int  not null,
    primary key (cooperative_id, year)
);

create table ordering.delivery_settings (
    cooperative_id uuid primary key,
    default_fee    numeric(19,3) not null check (default_fee >= 0),
    free_from      numeric(19,3) check (free_from > 0)
);

create table ordering.delivery_fees (
    cooperative_id uuid          not null,
    region_code    varchar(8)    not null,
    fee            numeric(19,3) not null check (fee >= 0),
    primary key (cooperative_id, region_code)
);
