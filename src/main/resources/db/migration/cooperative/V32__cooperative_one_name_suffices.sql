-- A cooperative may have only an Arabic name or only a French one (issue 11): either suffices to apply, and pages
-- show the other one where the reader's language has none. At least one is still required.
alter table cooperative.cooperatives alter column name_ar drop not null;
alter table cooperative.cooperatives alter column name_fr drop not null;
alter table cooperative.cooperatives add constraint cooperatives_named
    check (coalesce(btrim(name_ar), '') <> '' or coalesce(btrim(name_fr), '') <> '');
