-- A product may have a recorded voice description (for customers who listen rather than read), stored as a file.
alter table catalog.products add column voice varchar(80);
