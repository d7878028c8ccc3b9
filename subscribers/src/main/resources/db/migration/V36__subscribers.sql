-- subscribers: the list (a projection of the subscriber streams, rebuilt by replay), each subscriber's address key
-- (not a view: deleting a row makes that subscriber's sealed address unreadable for good), and the form's rate limits.
create table subscriber_list (
    subscriber_id  varchar(36) primary key,
    kind           varchar(10)  not null,
    sealed_address text         not null,
    components     text[]       not null default '{}',
    status         varchar(10)  not null,
    requested_at   timestamptz  not null,
    expires_at     timestamptz  not null,
    confirmed_at   timestamptz,
    disabled_at    timestamptz,
    disabled_reason text
);

create index subscriber_list_pending on subscriber_list (expires_at) where status = 'pending';

create table subscriber_key (
    subscriber_id varchar(36) primary key,
    aes_key       bytea not null
);

-- keys are HMAC pseudonyms of "address:<address>" and "client:<ip>", never the address itself
create table subscriber_rate (
    key          varchar(64) primary key,
    window_start timestamptz not null,
    hits         integer     not null
);
