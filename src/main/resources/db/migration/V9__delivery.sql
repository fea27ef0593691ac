-- Deliveries: every notification leaves the building once per channel (email, the government's webhook),
-- written in the transaction that records the notification (the outbox) and sent after the commit by a poller
-- that claims one row at a time (FOR UPDATE SKIP LOCKED), so two nodes never send the same delivery.
create sequence delivery_seq start with 1 increment by 50;
create table delivery (
    id              bigint                   not null primary key,
    government_id   bigint references government (id),
    -- the notification it carries (no foreign key: both rows are written in one flush, in any order); null for a digest
    notification_id bigint,
    channel         varchar(20)              not null,
    kind            varchar(30)              not null,
    recipient       varchar(60)              not null,
    assignment_id   bigint,
    -- a digest's content (JSON), rendered when it is sent
    payload         varchar(200000),
    status          varchar(20)              not null,
    attempts        integer                  not null,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(1000),
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone
);
create index ix_delivery_due on delivery (status, next_attempt_at);
create index ix_delivery_government on delivery (government_id, status, id);

-- A government's chat webhook (Zalo OA gateways, bots): every notification of the government is POSTed there.
create table webhook (
    government_id bigint                   not null primary key references government (id),
    url           varchar(500)             not null,
    secret        varchar(200)             not null,
    enabled       boolean                  not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(60)              not null
);

-- How each person wants each kind of notification: IMMEDIATE (the default, no row), DIGEST or IN_APP.
create table notification_choice (
    username varchar(60) not null,
    kind     varchar(30) not null,
    mode     varchar(20) not null,
    primary key (username, kind)
);

-- The language of a person's emails (and screens): vi unless set.
alter table app_user add column language varchar(5);

-- When each person's last morning digest was made: the next one holds what came since.
create table digest_mark (
    username     varchar(60)              not null primary key,
    last_sent_at timestamp with time zone not null
);
