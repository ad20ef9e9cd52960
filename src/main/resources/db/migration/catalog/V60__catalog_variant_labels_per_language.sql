-- A variant's label ("250 g", "Pot de 500 g", "جرة 500 غ") is now written per language, so that every page, cart,
-- order and message shows it in the reader's language (issue 11). The existing single label is kept in the column of
-- the language it is written in, detected by its script: Arabic letters make it Arabic, anything else French (the
-- other language managers wrote labels in). The single column goes: one place holds a label.
alter table catalog.variants
    add column label_ar varchar(40),
    add column label_fr varchar(40),
    add column label_en varchar(40);

update catalog.variants set label_ar = label where label ~ '[\u0600-\u06FF\u0750-\u077F]';
update catalog.variants set label_fr = label where label is not null and label_ar is null;

alter table catalog.variants drop column label;
