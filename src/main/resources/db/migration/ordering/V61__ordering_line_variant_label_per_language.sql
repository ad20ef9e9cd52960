-- An order line keeps its variant's label in each language, as the catalogue now holds it (catalog V60), so that the
-- confirmation, tracking page, SMS and manager's pages show "250 غ" in Arabic and "250 g" in French. The label kept
-- by earlier lines goes to the column of the language it is written in (Arabic letters: Arabic, else French).
alter table ordering.order_lines
    add column variant_label_ar varchar(40),
    add column variant_label_fr varchar(40),
    add column variant_label_en varchar(40);

update ordering.order_lines set variant_label_ar = variant_label
 where variant_label ~ '[\u0600-\u06FF\u0750-\u077F]';
update ordering.order_lines set variant_label_fr = variant_label
 where variant_label is not null and variant_label_ar is null;

alter table ordering.order_lines drop column variant_label;
