-- One stock for the web and the shops (issue 12): a part keeps the location whose units it holds, so that its
-- cancellation, refusal, expiry or delivery moves units at that same place. An order for pickup at a shop holds the
-- shop's units; every other part (and every part placed before this migration) holds the cooperative's own store,
-- whose location id is the cooperative's id.
alter table ordering.order_parts add column stock_location_id uuid;
update ordering.order_parts set stock_location_id = cooperative_id;
alter table ordering.order_parts alter column stock_location_id set not null;
