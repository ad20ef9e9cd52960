-- Identity: who may sign in, with which roles, acting for which cooperatives; login throttling; one-time links
-- (invitations, password resets) and API tokens, both stored only as SHA-256 hashes.
create schema if not exists identity;

create table identity.accounts (
    id            uuid primary key,
    email         varchar(254) not null,
    display_name  varchar(120) not null,
    password_hash varchar(255),
    locale        varchar(8)   not null default 'ar',
    status        varchar(16)  not null,
    created_at    timestamptz  not null,
    version       bigint       not null default 0
);
create unique index accounts_email_uq on identity.accounts (lower(email));

create table identity.account_roles (
    account_id uuid        not null references identity.accounts (id) on delete cascade,
    role       varchar(32) not null,
    primary key (account_id, role)
);

create table identity.account_cooperatives (
    account_id     uuid not null references identity.accounts (id) on delete cascade,
    cooperative_id uuid not null,
    primary key (account_id, cooperative_id)
);
create index account_cooperatives_coop_idx on identity.account_cooperatives (cooperative_id);

create table identity.login_failures (
    id          bigserial primary key,
    account_key varchar(254) not null,
    address     varchar(64)  not null,
    failed_at   timestamptz  not null
);
create index login_failures_account_idx on identity.login_failures (account_key, failed_at);
create index login_failures_address_idx on identity.login_failures (address, failed_at);

create table identity.one_time_tokens (
    token_hash varchar(64) primary key,
    account_id uuid        not null references identity.accounts (id) on delete cascade,
    purpose    varchar(16) not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);

create table identity.api_tokens (
    token_hash varchar(64) primary key,
    account_id uuid        not null references identity.accounts (id) on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz not null
);
