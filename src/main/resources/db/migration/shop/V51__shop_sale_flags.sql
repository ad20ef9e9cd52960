-- Till sales (issue 12): a sale may deserve the manager's look for several reasons at once (an offline sale that
-- arrived after its session closed, at a price the till had before a change, of units that had meanwhile left the
-- shop: "LATE,PRICE,STOCK"), so the flag column holds a comma-separated list in a fixed order and needs more room.
alter table shop.sales alter column flag type varchar(40);
