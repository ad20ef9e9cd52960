-- How each cooperative hears of a new order (and of a customer's cancellation) on its phone: SMS, or WhatsApp through
-- the same HTTP gateway. A cooperative that chose nothing gets SMS. Its managers also get an e-mail, whatever this says.
create table ordering.notice_settings (
    cooperative_id uuid        primary key,
    channel        varchar(16) not null check (channel in ('SMS', 'WHATSAPP'))
);
