-- A part that no cooperative accepted or refused in time expires (status EXPIRED): its reserved units go back on sale
-- and the customer is told, in the language she ordered in (kept from now on; older orders are told in French, as
-- before). The index serves the job that looks for such parts.
alter table ordering.orders add column language varchar(2);
create index order_parts_new_idx on ordering.order_parts (created_at) where status = 'NEW';
