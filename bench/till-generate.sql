-- Taawun till benchmark data, loaded after bench/generate.sql: the demo shop "UNFM Market Khouribga" gets 5,000 of the
-- generated Moroccan products on its shelves (a shop code each, the online price as the agreed price) with 1,000,000
-- units each at the shop, and eight cashiers (till-bench-1..8@taawun.test, with the demo cashier's password) listed
-- at the shop. It writes the rows a consignment deposit would write, in one transaction, without the deposit notes
-- (the benchmark measures the till, not deposits).
--
--   psql -v ON_ERROR_STOP=1 -f bench/till-generate.sql "postgresql://postgres@localhost:PGPORT/postgres"

\set ON_ERROR_STOP on
set client_min_messages = warning;

begin;

create temp table bench_shop on commit drop as
select id, currency from shop.shops where name_fr = 'UNFM Market Khouribga';

do $$
begin
    if (select count(*) from bench_shop) <> 1 then
        raise exception 'the demo shop UNFM Market Khouribga is missing: start the application once with demo data';
    end if;
    if not exists (select 1 from cooperative.cooperatives where slug = 'bench-coop-0001') then
        raise exception 'load bench/generate.sql first';
    end if;
    if exists (select 1 from identity.accounts where email = 'till-bench-1@taawun.test') then
        raise exception 'till benchmark data already loaded; use a fresh data dir';
    end if;
end $$;

create temp table bench_items on commit drop as
select v.id as variant_id, p.cooperative_id, v.price
from catalog.products p
join catalog.variants v on v.product_id = p.id
join cooperative.cooperatives c on c.id = p.cooperative_id
where c.slug like 'bench-coop-%' and p.currency = 'MAD' and p.status = 'PUBLISHED'
order by p.id
limit 5000;

insert into shop.shelf_items (shop_id, variant_id, cooperative_id, code, price, currency, updated_at)
select s.id, i.variant_id, i.cooperative_id, '2' || lpad(nextval('shop.shelf_codes')::text, 11, '0'), i.price,
       s.currency, now()
from bench_items i cross join bench_shop s;

insert into inventory.stock_levels (variant_id, location_id, location_kind, on_hand, reserved)
select i.variant_id, s.id, 'SHOP', 1000000, 0
from bench_items i cross join bench_shop s
on conflict (variant_id, location_id) do update set on_hand = excluded.on_hand;

insert into identity.accounts (id, email, display_name, password_hash, locale, status, created_at)
select md5('till-bench-' || n)::uuid, 'till-bench-' || n || '@taawun.test', 'Till ' || n, a.password_hash, 'fr',
       a.status, now()
from generate_series(1, 8) n
cross join (select password_hash, status from identity.accounts where lower(email) = 'cashier@taawun.test') a;

insert into identity.account_roles (account_id, role)
select md5('till-bench-' || n)::uuid, 'CASHIER' from generate_series(1, 8) n;

insert into identity.account_shops (account_id, shop_id, role)
select md5('till-bench-' || n)::uuid, s.id, 'CASHIER' from generate_series(1, 8) n cross join bench_shop s;

do $$
begin
    if (select count(*) from identity.accounts where email like 'till-bench-%') <> 8 then
        raise exception 'the demo cashier cashier@taawun.test is missing: its password is copied to the bench tills';
    end if;
end $$;

commit;

select count(*) || ' shelf items at the demo shop' from shop.shelf_items s join shop.shops h on h.id = s.shop_id
where h.name_fr = 'UNFM Market Khouribga';
