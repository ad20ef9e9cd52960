-- Inventory: stock of each sellable variant at each location (a cooperative's own store, later a shop), with the
-- units reserved by orders not yet delivered, and every movement. The checks make overselling impossible.
create schema if not exists inventory;

create table inventory.stock_levels (
    variant_id    uuid        not null,
    location_id   uuid        not null,
    location_kind varchar(16) not null,
    on_hand       int         not null check (on_hand >= 0),
    reserved      int         not null default 0 check (reserved >= 0),
    primary key (variant_id, location_id),
    check (reserved <= on_hand)
);

create table inventory.movements (
    id             bigserial primary key,
    variant_id     uuid         not null,
    location_id    uuid         not null,
    on_hand_change int          not null,
    reserved_change int         not null,
    reason         varchar(24)  not null,
    reference      varchar(80),
    at             timestamptz  not null
);
create index movements_variant_idx on inventory.movements (variant_id, at);
