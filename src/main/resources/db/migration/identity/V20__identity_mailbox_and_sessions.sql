-- Accounts prove their e-mail (a link sent to it) before they may receive any role; an invitation to manage a
-- cooperative is a single-use link naming that cooperative, and only following it grants the role. Open sessions
-- carry the account's session stamp, which changes when its password, roles or status change: every node then
-- refuses the old sessions (the stamp is read from the database at each signed-in request).
alter table identity.accounts add column email_verified_at timestamptz;
alter table identity.accounts add column session_stamp bigint not null default 0;
-- Accounts that had a password before this migration signed in through the former rules: kept as they were.
update identity.accounts set email_verified_at = created_at where password_hash is not null;

alter table identity.one_time_tokens add column cooperative_id uuid;
create index one_time_tokens_account_idx on identity.one_time_tokens (account_id, purpose);
create index one_time_tokens_cooperative_idx on identity.one_time_tokens (cooperative_id) where cooperative_id is not null;
