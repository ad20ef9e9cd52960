-- Reset, invitation and tracking links carry secrets: they were kept in clear in the outbox for ever. From now on
-- the subject is stored with the secrets hidden, and a body holding a secret is stored twice: whole (for its
-- delivery) and hidden (redacted_body). When a row is marked SENT, whichever code does it, this trigger replaces
-- the body by its hidden form, so a delivered secret no longer stays in the table.
alter table notification.outbox add column redacted_body text;

create function notification.outbox_forget_delivered_secret() returns trigger
language plpgsql as $$
begin
    if new.status = 'SENT' and new.redacted_body is not null then
        new.body := new.redacted_body;
        new.redacted_body := null;
    end if;
    return new;
end
$$;

create trigger outbox_forget_delivered_secret
    before insert or update of status on notification.outbox
    for each row execute function notification.outbox_forget_delivered_secret();

-- Rows stored before: hide the tokens of links already sent (token= parameters and tracking links), and of the
-- subjects of every row (an SMS's subject is its text).
update notification.outbox
   set body = regexp_replace(regexp_replace(body, '([?&](token|code|key|secret)=)[^&#[:space:]]+', '\1***', 'g'),
                             '(/orders/track/)[A-Za-z0-9_-]+', '\1***', 'g')
 where status = 'SENT';
update notification.outbox
   set subject = regexp_replace(regexp_replace(subject, '([?&](token|code|key|secret)=)[^&#[:space:]]+', '\1***', 'g'),
                                '(/orders/track/)[A-Za-z0-9_-]+', '\1***', 'g');
