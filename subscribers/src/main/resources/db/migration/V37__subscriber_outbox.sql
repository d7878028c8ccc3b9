-- subscribers: one message per ledger event (rendered once), and one delivery row per (event, subscriber): the
-- unique key is what makes a message go at most once to a subscriber, across restarts and instances.
create table subscriber_message (
    event_id    varchar(255) primary key,
    kind        varchar(40)  not null,
    subject     text         not null,
    text_body   text         not null,
    html_body   text         not null,
    webhook     text         not null,
    created_at  timestamptz  not null default now()
);

create table subscriber_delivery (
    id              bigserial primary key,
    event_id        varchar(255) not null references subscriber_message (event_id) on delete cascade,
    subscriber_id   varchar(36)  not null,
    state           varchar(10)  not null default 'pending',
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null default now(),
    claimed_at      timestamptz,
    delivered_at    timestamptz,
    last_error      text,
    constraint subscriber_delivery_once unique (event_id, subscriber_id)
);

create index subscriber_delivery_due on subscriber_delivery (next_attempt_at) where state = 'pending';
