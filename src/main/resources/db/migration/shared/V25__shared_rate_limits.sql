-- Limits of the public writes (orders, support chat, applications, sign-up, password reset) are counted in
-- PostgreSQL so that every application node shares them: Bucket4j's table for its select-for-update proxy manager.
-- The id is a hash of the action and the client address, phone, e-mail or account: none of them is stored in clear.
-- expires_at (epoch milliseconds) is when the bucket is full again; such rows are deleted by a scheduled task.
CREATE SCHEMA IF NOT EXISTS shared;

CREATE TABLE shared.rate_limit_bucket (
    id         BIGINT PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);

CREATE INDEX rate_limit_bucket_expires_at ON shared.rate_limit_bucket (expires_at);
