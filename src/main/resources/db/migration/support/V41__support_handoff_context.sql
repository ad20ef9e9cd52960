-- Issue 11: the counsellor who takes a conversation sees what the person chose and wrote in it before she asked for
-- a counsellor, the person is told once when a counsellor has joined, and the bot acknowledges her messages at most
-- once per hand-off (across nodes, hence in the database).
--
-- The context is written with the hand-off when it is requested and lives under the hand-off's rules (V13): in
-- handoff_messages, erased with the hand-off after the retention, and at once by her quick exit. A CHOICE is the
-- title of a quick reply she tapped; before_request marks the lines from before she asked for a counsellor.
alter table support.handoff_messages drop constraint handoff_messages_author_ck;
alter table support.handoff_messages
    add constraint handoff_messages_author_ck check (author in ('PERSON', 'COUNSELLOR', 'CHOICE')),
    add column before_request boolean not null default false;

-- Set once, by the single conditional update that decides who tells her (the bot's acknowledgement of her first
-- message while she waits; the notice that a counsellor has joined).
alter table support.handoffs
    add column acknowledged boolean not null default false,
    add column joined_told  boolean not null default false;
