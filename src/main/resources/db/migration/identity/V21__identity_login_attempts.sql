-- Login throttling counted atomically: one row per key (an account's e-mail or a client address) holding its recent
-- failures, incremented by a single INSERT ... ON CONFLICT DO UPDATE before the password is checked, so that
-- parallel attempts cannot pass the limit. Past the free attempts each further one waits a doubling delay (no lock).
-- Replaces the former list of failures, which was counted before it was recorded.
create table identity.login_attempts (
    key             varchar(320) primary key,
    failures        int          not null,
    last_failure_at timestamptz  not null
);
create index login_attempts_last_idx on identity.login_attempts (last_failure_at);

drop table identity.login_failures;
