-- A photo chosen on the new-product form is kept when the form comes back with an error (issue 11): it is stored at
-- once (checked and re-encoded as any photo) and waits here, for the manager who chose it only, until she saves the
-- product or a day has passed. The page carries only the token.
create table catalog.pending_photos (
    token      uuid        primary key,
    account_id uuid        not null,
    small      varchar(80) not null,
    medium     varchar(80) not null,
    large      varchar(80) not null,
    created_at timestamptz not null
);
create index pending_photos_created_at on catalog.pending_photos (created_at);
