-- An order line keeps its product's name in each language it was written in at order time (and the variant's label
-- apart), so confirmation, tracking and the manager's pages name it in their own language. Lines from before keep
-- their single name (French with the variant's label) as the fallback.
alter table ordering.order_lines
    add column name_ar       varchar(200),
    add column name_fr       varchar(200),
    add column name_en       varchar(200),
    add column variant_label varchar(40);
