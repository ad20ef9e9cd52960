-- Settlement (issue 13): a double-entry ledger of what each cooperative is owed. Accounts per kind, owner and
-- currency; journal entries that are never edited (a correction is another, reversing entry) whose lines sum to zero
-- per currency, checked by a constraint trigger deferred to the commit (the code checks it too); each entry made once
-- per source event, (source, source_id) unique, so an event delivered twice or replayed after a crash books nothing
-- the second time. Amounts are exact at the currency's scale (MAD 2, TND 3); a line's amount is positive for a debit,
-- negative for a credit. An account keeps its balance (the sum of its lines), updated in the entry's transaction.
create schema if not exists settlement;

create table settlement.accounts (
    id             bigserial primary key,
    -- COOPERATIVE_OWED: what a shop (shop_id) or the platform (no shop) owes the cooperative (credit balance);
    -- SHOP_CASH: the money a shop holds; SHOP_COMMISSION / PLATFORM_COMMISSION: commission income;
    -- PLATFORM_PAYOUTS: money the platform paid out to cooperatives (from its bank, outside this ledger).
    kind           varchar(24)   not null check (kind in ('COOPERATIVE_OWED', 'SHOP_CASH', 'SHOP_COMMISSION',
                                                         'PLATFORM_COMMISSION', 'PLATFORM_PAYOUTS')),
    cooperative_id uuid,
    shop_id        uuid,
    currency       varchar(3)    not null check (currency in ('MAD', 'TND')),
    balance        numeric(19,3) not null default 0,
    check ((kind = 'COOPERATIVE_OWED') = (cooperative_id is not null)),
    check (kind not in ('SHOP_CASH', 'SHOP_COMMISSION') or shop_id is not null),
    check (kind not in ('PLATFORM_COMMISSION', 'PLATFORM_PAYOUTS') or shop_id is null),
    unique nulls not distinct (kind, cooperative_id, shop_id, currency)
);
create index accounts_cooperative_idx on settlement.accounts (cooperative_id) where cooperative_id is not null;

create table settlement.entries (
    id             uuid primary key,
    kind           varchar(24)  not null check (kind in ('SALE', 'SALE_RETURN', 'ORDER_PART_DELIVERED',
                                                        'ORDER_PART_RETURNED', 'PAYOUT')),
    source         varchar(32)  not null,
    source_id      varchar(100) not null,
    cooperative_id uuid,
    occurred_at    timestamptz  not null,
    booked_at      timestamptz  not null,
    reverses       uuid references settlement.entries (id),
    unique (source, source_id)
);
create index entries_cooperative_idx on settlement.entries (cooperative_id, occurred_at);

create table settlement.entry_lines (
    entry_id   uuid          not null references settlement.entries (id),
    position   int           not null,
    account_id bigint        not null references settlement.accounts (id),
    currency   varchar(3)    not null,
    amount     numeric(19,3) not null check (amount <> 0),
    primary key (entry_id, position)
);
create index entry_lines_account_idx on settlement.entry_lines (account_id);

-- A line's currency is its account's; an entry's lines sum to zero per currency once its transaction ends.
create function settlement.check_entry_balanced() returns trigger language plpgsql as $$
begin
    if exists (select 1 from settlement.entry_lines l join settlement.accounts a on a.id = l.account_id
                where l.entry_id = new.entry_id and l.currency <> a.currency) then
        raise exception 'entry % has a line in another currency than its account', new.entry_id;
    end if;
    if exists (select 1 from settlement.entry_lines where entry_id = new.entry_id
                group by currency having sum(amount) <> 0) then
        raise exception 'entry % does not sum to zero per currency', new.entry_id;
    end if;
    return null;
end $$;
create constraint trigger entry_lines_balanced after insert on settlement.entry_lines
    deferrable initially deferred for each row execute function settlement.check_entry_balanced();

-- The journal is never edited: a correction is a reversing entry.
create function settlement.refuse_journal_change() returns trigger language plpgsql as $$
begin
    raise exception 'the journal is never edited (%): book a reversing entry', tg_table_name;
end $$;
create trigger entries_never_edited before update or delete on settlement.entries
    for each row execute function settlement.refuse_journal_change();
create trigger entry_lines_never_edited before update or delete on settlement.entry_lines
    for each row execute function settlement.refuse_journal_change();

-- What each till sale line booked, so that returns reverse exactly that line's share (the last units returned take
-- what is left, so a line returned in several goes reverses its commission to the last unit of currency).
create table settlement.sale_lines (
    sale_id             uuid          not null,
    position            int           not null,
    shop_id             uuid          not null,
    cooperative_id      uuid          not null,
    variant_id          uuid          not null,
    currency            varchar(3)    not null,
    quantity            int           not null check (quantity > 0),
    net                 numeric(19,3) not null check (net >= 0),
    commission          numeric(19,3) not null check (commission >= 0 and commission <= net),
    returned_quantity   int           not null default 0 check (returned_quantity <= quantity),
    returned_net        numeric(19,3) not null default 0 check (returned_net <= net),
    returned_commission numeric(19,3) not null default 0 check (returned_commission <= commission),
    primary key (sale_id, position)
);

-- The platform's commission on marketplace orders, per cooperative or by default (no cooperative), in percent, each
-- rate kept with the instant it takes effect (never overwritten); a cooperative's row without a rate ends her
-- override from its instant on. The rate in force when a part is delivered is the one booked.
create table settlement.commission_rates (
    id             bigserial primary key,
    cooperative_id uuid,
    rate           numeric(5,2) check (rate >= 0 and rate <= 100),
    effective_from timestamptz  not null,
    recorded_at    timestamptz  not null,
    recorded_by    uuid,
    check (rate is not null or cooperative_id is not null)
);
create index commission_rates_lookup_idx on settlement.commission_rates (cooperative_id, effective_from);

-- A payout to a cooperative: who paid (a shop from its cash, or the platform), how, the reference, who recorded it.
create table settlement.payouts (
    id             uuid primary key,
    entry_id       uuid          not null references settlement.entries (id),
    cooperative_id uuid          not null,
    shop_id        uuid,
    amount         numeric(19,3) not null check (amount > 0),
    currency       varchar(3)    not null,
    method         varchar(16)   not null check (method in ('BANK_TRANSFER', 'CASH', 'MOBILE_MONEY')),
    reference      varchar(100)  not null,
    paid_by        uuid          not null,
    paid_at        timestamptz   not null
);
create index payouts_cooperative_idx on settlement.payouts (cooperative_id, paid_at);
