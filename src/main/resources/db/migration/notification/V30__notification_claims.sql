-- Delivery in three steps, none of them holding a lock during a network call: a dispatcher claims due rows
-- (claimed_until = now + lease, attempts + 1, committed at once), sends each one with no transaction open, then
-- records its outcome. A node that dies after claiming leaves the row claimed until the lease ends; another node then
-- claims it again (at-least-once: the row id goes to the provider as an idempotency key). A row whose attempts reach
-- the limit is PARKED (formerly FAILED): kept, shown to administrators, sent again only when one of them asks.
alter table notification.outbox add column claimed_until timestamptz;
update notification.outbox set status = 'PARKED' where status = 'FAILED';
alter table notification.outbox add constraint outbox_status_ck check (status in ('PENDING', 'SENT', 'PARKED'));
create index outbox_parked_idx on notification.outbox (created_at) where status = 'PARKED';
