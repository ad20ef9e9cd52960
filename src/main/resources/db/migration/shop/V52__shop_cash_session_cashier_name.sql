-- Cash sessions (issue 12): the cashier's name as it was when she opened the session, so that the manager's pages and
-- the Z report name her without reading identity's tables (a module's tables are its own), and still name her after
-- she has left the shop. Nullable: sessions opened before this column (or by a test row) show the cashier's id.
alter table shop.cash_sessions add column cashier_name varchar(200);
-- the manager's list of a shop's sessions, newest first
create index cash_sessions_shop_newest_idx on shop.cash_sessions (shop_id, opened_at desc);
