-- status-publisher: the notification outbox (one row per event and route) and display names for mentions.
create table status_notification (
    id              bigserial primary key,
    event_id        varchar(255) not null,
    route           varchar(100) not null,
    kind            varchar(40)  not null,
    incident_ref    varchar(40)  not null,
    text            text         not null,
    payload         text         not null,
    created_at      timestamptz  not null default now(),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null default now(),
    delivered_at    timestamptz,
    last_error      text,
    constraint status_notification_once unique (event_id, route)
);

create index status_notification_pending on status_notification (next_attempt_at) where delivered_at is null;

create table status_display_name (
    user_id varchar(100) primary key,
    name    varchar(255) not null
);
