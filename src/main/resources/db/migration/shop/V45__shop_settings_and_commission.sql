-- Shop settings (issue 12): the shop's currency (its prices, deposits and till), the largest line discount a cashier
-- may give, and commission rates kept with the instant they take effect, so that the rate in force at any moment can
-- be found again (a sale keeps the rate it used). A rate row is the shop's default (no cooperative, no category), an
-- override for a cooperative, for a category, or for both; an override row without a rate ends that override from
-- its instant on. The most specific level that has a rate in force wins.
alter table shop.shops add column currency varchar(3) not null default 'MAD' check (currency in ('MAD', 'TND'));
alter table shop.shops add column max_line_discount numeric(5,2) not null default 0
    check (max_line_discount >= 0 and max_line_discount <= 100);
update shop.shops set currency = 'TND' where country = 'TN';

create table shop.commission_rates (
    id             bigserial primary key,
    shop_id        uuid          not null references shop.shops (id),
    cooperative_id uuid,
    category       varchar(24),
    rate           numeric(5,2)  check (rate >= 0 and rate <= 100),
    effective_from timestamptz   not null,
    recorded_at    timestamptz   not null,
    recorded_by    uuid,
    check (rate is not null or cooperative_id is not null or category is not null)
);
create index commission_rates_lookup_idx on shop.commission_rates (shop_id, cooperative_id, category, effective_from);
