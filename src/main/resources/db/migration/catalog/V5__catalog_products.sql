-- Catalog: products of a cooperative, their sellable variants (a product without variants has one, with the
-- product's id) and their photos, each stored at three sizes. The cooperative's country, region and labels are
-- copied onto its products so that search can filter on them.
create schema if not exists catalog;

create table catalog.products (
    id             uuid primary key,
    cooperative_id uuid         not null,
    name_ar        varchar(150),
    name_fr        varchar(150),
    name_en        varchar(150),
    description_ar varchar(4000),
    description_fr varchar(4000),
    description_en varchar(4000),
    category       varchar(24)  not null,
    currency       varchar(3)   not null,
    min_price      numeric(19,3) not null,
    country        varchar(2)   not null,
    region_code    varchar(8)   not null,
    labels         varchar(200) not null default '',
    weight_grams   int,
    status         varchar(16)  not null,
    created_at     timestamptz  not null,
    published_at   timestamptz,
    version        bigint       not null default 0
);
create index products_coop_idx on catalog.products (cooperative_id, status);

create table catalog.variants (
    id         uuid primary key,
    product_id uuid          not null references catalog.products (id) on delete cascade,
    position   int           not null,
    label      varchar(40),
    sku        varchar(40),
    price      numeric(19,3) not null check (price >= 0)
);
create index variants_product_idx on catalog.variants (product_id);
create unique index variants_sku_uq on catalog.variants (product_id, sku) where sku is not null;

create table catalog.photos (
    product_id uuid        not null references catalog.products (id) on delete cascade,
    position   int         not null,
    small      varchar(80) not null,
    medium     varchar(80) not null,
    large      varchar(80) not null,
    primary key (product_id, position)
);
