-- app: events a processor parked after a permanent failure, so that the processor could go on (issue 13).
create table dead_letter (
    id              bigserial primary key,
    processor       varchar(100)  not null,
    event_id        varchar(300)  not null,
    global_position bigint,
    incident_id     varchar(100),
    error_class     varchar(300)  not null,
    error_message   varchar(2000) not null,
    attempts        integer       not null,
    first_failed_at timestamptz   not null,
    last_failed_at  timestamptz   not null,
    payload         text,
    constraint dead_letter_once unique (processor, event_id)
);

create index dead_letter_by_processor on dead_letter (processor);
