-- Shop staff belong to a shop: the shop manager of shop X manages only X, a cashier sells only where she is listed.
-- Like the cooperatives a manager acts for, the shops a person works at are kept with her account, one row per shop
-- and role (SHOP_MANAGER or CASHIER). A shop manager adds a cashier by an invitation link sent to her mailbox
-- (purpose SHOP_CASHIER naming the shop): only following it lists her at the shop.
create table identity.account_shops (
    account_id uuid        not null references identity.accounts (id) on delete cascade,
    shop_id    uuid        not null,
    role       varchar(32) not null check (role in ('SHOP_MANAGER', 'CASHIER')),
    primary key (account_id, shop_id, role)
);
create index account_shops_shop_idx on identity.account_shops (shop_id, role);

alter table identity.one_time_tokens add column shop_id uuid;
create index one_time_tokens_shop_idx on identity.one_time_tokens (shop_id) where shop_id is not null;
