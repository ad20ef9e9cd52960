-- A part number is unique per cooperative by construction: each part keeps the year and the sequence that its
-- cooperative's counter (per cooperative and year) gave it, and that triple is unique. The visible number
-- ("TIWIZI-2026-0001": first word of the slug, year, sequence) is made from them; its prefix makes nothing unique, so
-- cooperatives whose slugs start alike ("tiwizi-argan", "tiwizi-miel") number their parts apart.
-- A database created before V8 said so still has a unique constraint on the number alone: it goes too.
alter table ordering.order_parts drop constraint if exists order_parts_number_key;
drop index if exists ordering.order_parts_number_uq;

alter table ordering.order_parts add column number_year int, add column number_seq int;
update ordering.order_parts
set number_year = (regexp_match(number, '-([0-9]{4})-([0-9]+)$'))[1]::int,
    number_seq  = (regexp_match(number, '-([0-9]{4})-([0-9]+)$'))[2]::int;
alter table ordering.order_parts alter column number_year set not null, alter column number_seq set not null;

create unique index order_parts_number_uq on ordering.order_parts (cooperative_id, number_year, number_seq);
