-- The conversation flows of the support chatbot (welcome, safety check, menu, topics), as versioned JSON that an
-- administrator edits, imports and exports. Saving keeps every earlier version; one version per flow name is active
-- (the one the chatbot runs). Nothing here concerns a person: conversations themselves are never stored.
create table support.flows (
    id       bigserial primary key,
    name     varchar(60)  not null,
    version  integer      not null,
    json     text         not null,
    active   boolean      not null default false,
    saved_at timestamptz  not null default now(),
    saved_by varchar(200) not null,
    constraint flows_version_uq unique (name, version),
    constraint flows_version_ck check (version > 0)
);
create unique index flows_one_active_uq on support.flows (name) where active;
