-- Notifications the processes send: reminders, overdue notices, escalations, extension decisions.
create sequence notification_seq start with 1 increment by 50;
create table notification (
    id            bigint                   not null primary key,
    government_id bigint                   not null references government (id),
    recipient     varchar(60)              not null,
    kind          varchar(30)              not null,
    assignment_id bigint references assignment (id),
    text          varchar(2000)            not null,
    occurred_at   timestamp with time zone not null,
    read_at       timestamp with time zone
);
create index ix_notification_recipient on notification (recipient, occurred_at);
create index ix_notification_assignment on notification (assignment_id, kind);
