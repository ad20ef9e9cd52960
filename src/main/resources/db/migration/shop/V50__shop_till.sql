-- The till (issue 12): cash sessions, sales made at a shop (online or offline: each carries the UUID the till made,
-- so a sale sent again is found, never recorded twice), their lines with the commission rate in force when sold,
-- payments (cash, card, mobile, or a split), returns against a receipt, and stock exceptions (an offline sale of units
-- that meanwhile left the shop's stock by another channel). Receipt numbers run per shop and year; (shop, year,
-- sequence) is unique by construction (a counter row locked until its transaction commits). Amounts are exact at the
-- currency's scale; a sale's total is the sum of its lines' (quantity x unit price - discount).
create table shop.cash_sessions (
    id                uuid primary key,
    shop_id           uuid          not null references shop.shops (id),
    cashier_id        uuid          not null,
    currency          varchar(3)    not null,
    opening_float     numeric(19,3) not null check (opening_float >= 0),
    opened_at         timestamptz   not null,
    status            varchar(12)   not null check (status in ('OPEN', 'CLOSED', 'APPROVED')),
    closed_at         timestamptz,
    closed_by         uuid,
    expected_cash     numeric(19,3),
    counted_cash      numeric(19,3),
    counts            jsonb,
    approved_at       timestamptz,
    approved_by       uuid,
    check ((status = 'OPEN') = (closed_at is null))
);
-- one open session per cashier and shop
create unique index cash_sessions_open_idx on shop.cash_sessions (shop_id, cashier_id) where status = 'OPEN';
create index cash_sessions_shop_idx on shop.cash_sessions (shop_id, opened_at);

create table shop.receipt_counters (
    shop_id    uuid not null,
    year       int  not null,
    next_value int  not null,
    primary key (shop_id, year)
);

create table shop.sales (
    id              uuid primary key,
    shop_id         uuid          not null references shop.shops (id),
    cash_session_id uuid          references shop.cash_sessions (id),
    cashier_id      uuid          not null,
    number_year     int           not null,
    number_seq      int           not null,
    number          varchar(32)   not null,
    sold_at         timestamptz   not null,
    recorded_at     timestamptz   not null,
    currency        varchar(3)    not null,
    total           numeric(19,3) not null check (total >= 0),
    offline         boolean       not null default false,
    -- why the manager should look at it: LATE (arrived after its session closed), NO_SESSION, STOCK (see exceptions)
    flag            varchar(16),
    request_hash    varchar(64)   not null,
    unique (shop_id, number_year, number_seq)
);
create index sales_shop_sold_idx on shop.sales (shop_id, sold_at);
create index sales_session_idx on shop.sales (cash_session_id);

create table shop.sale_lines (
    sale_id         uuid          not null references shop.sales (id),
    position        int           not null,
    variant_id      uuid          not null,
    cooperative_id  uuid          not null,
    category        varchar(24),
    quantity        int           not null check (quantity > 0),
    unit_price      numeric(19,3) not null check (unit_price > 0),
    discount        numeric(19,3) not null default 0 check (discount >= 0),
    discount_reason varchar(200),
    commission_rate numeric(5,2)  not null check (commission_rate >= 0 and commission_rate <= 100),
    primary key (sale_id, position),
    check (discount <= quantity * unit_price)
);
create index sale_lines_variant_idx on shop.sale_lines (variant_id);
create index sale_lines_cooperative_idx on shop.sale_lines (cooperative_id);

create table shop.sale_payments (
    sale_id   uuid          not null references shop.sales (id),
    position  int           not null,
    method    varchar(8)    not null check (method in ('CASH', 'CARD', 'MOBILE')),
    -- what the customer handed over (cash may exceed what is due: the change is given back and not kept)
    tendered  numeric(19,3) not null check (tendered > 0),
    -- what the shop keeps of it
    amount    numeric(19,3) not null check (amount >= 0 and amount <= tendered),
    reference varchar(64),
    primary key (sale_id, position)
);

create table shop.sale_returns (
    id              uuid primary key,
    sale_id         uuid          not null references shop.sales (id),
    shop_id         uuid          not null references shop.shops (id),
    cash_session_id uuid          references shop.cash_sessions (id),
    returned_at     timestamptz   not null,
    recorded_by     uuid          not null,
    reason          varchar(200),
    total           numeric(19,3) not null check (total > 0),
    request_hash    varchar(64)   not null
);
create index sale_returns_sale_idx on shop.sale_returns (sale_id);
create index sale_returns_session_idx on shop.sale_returns (cash_session_id);

create table shop.sale_return_lines (
    return_id     uuid          not null references shop.sale_returns (id),
    sale_position int           not null,
    quantity      int           not null check (quantity > 0),
    amount        numeric(19,3) not null check (amount > 0),
    primary key (return_id, sale_position)
);

create table shop.sale_return_refunds (
    return_id uuid          not null references shop.sale_returns (id),
    method    varchar(8)    not null check (method in ('CASH', 'CARD', 'MOBILE')),
    amount    numeric(19,3) not null check (amount > 0),
    primary key (return_id, method)
);

create table shop.stock_exceptions (
    id          bigserial primary key,
    shop_id     uuid         not null references shop.shops (id),
    sale_id     uuid         not null references shop.sales (id),
    variant_id  uuid         not null,
    shortfall   int          not null check (shortfall > 0),
    recorded_at timestamptz  not null,
    resolved_at timestamptz,
    resolved_by uuid,
    resolution  varchar(300)
);
create index stock_exceptions_open_idx on shop.stock_exceptions (shop_id) where resolved_at is null;
