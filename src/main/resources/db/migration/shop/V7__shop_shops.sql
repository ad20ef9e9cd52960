-- Shops: the physical shops that sell cooperatives' goods on consignment (such as UNFM Market Khouribga); for now
-- their registry, used as pickup points for web orders.
create schema if not exists shop;

create table shop.shops (
    id          uuid primary key,
    name_ar     varchar(150) not null,
    name_fr     varchar(150) not null,
    country     varchar(2)   not null,
    region_code varchar(8)   not null,
    city        varchar(80)  not null,
    address     varchar(300) not null,
    hours       varchar(200),
    active      boolean      not null default true
);
