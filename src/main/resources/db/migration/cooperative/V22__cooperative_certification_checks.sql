-- A certification declared by a cooperative's manager stays DECLARED until an administrator checks its document
-- (CHECKED) or refuses it (REJECTED); only checked ones unlock food publishing and show as labels. Those recorded
-- before this migration were never checked: they wait for an administrator like new declarations.
alter table cooperative.certifications add column status varchar(16) not null default 'DECLARED';
alter table cooperative.certifications add column reviewed_at timestamptz;
alter table cooperative.certifications alter column status drop default;
create index certifications_declared_idx on cooperative.certifications (created_at) where status = 'DECLARED';
