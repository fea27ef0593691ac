-- The directive lifecycle: reminders, deadlines in working days, extensions, contributions, cancellation.

-- Reminders go out this many working days before the deadline (default 3).
alter table directive add column reminder_days integer not null default 3;
-- A deadline given as N working days after the issue date (instead of a date).
alter table directive add column deadline_working_days integer;
alter table directive add column cancelled_at timestamp with time zone;
alter table directive add column cancel_reason varchar(2000);

-- The committee's chair, when set, alone receives escalations (otherwise every leader of the government).
alter table committee add column chair_username varchar(60);

-- A unit's request for more time (gia hạn) and the decision on it.
create sequence extension_request_seq start with 1 increment by 50;
create table extension_request (
    id                 bigint                   not null primary key,
    assignment_id      bigint                   not null references assignment (id),
    previous_deadline  date                     not null,
    requested_deadline date                     not null,
    reason             varchar(4000)            not null,
    requested_by       varchar(60)              not null,
    requested_at       timestamp with time zone not null,
    status             varchar(20)              not null,
    decided_by         varchar(60),
    decided_at         timestamp with time zone,
    decision_comment   varchar(4000)
);
create index ix_extension_request_assignment on extension_request (assignment_id, status);

-- What a coordinating unit sends to the lead unit of a directive.
create sequence contribution_seq start with 1 increment by 50;
create table contribution (
    id            bigint                   not null primary key,
    directive_id  bigint                   not null references directive (id),
    assignment_id bigint                   not null references assignment (id),
    unit_id       bigint                   not null references unit (id),
    content       varchar(8000)            not null,
    username      varchar(60)              not null,
    occurred_at   timestamp with time zone not null
);
create index ix_contribution_directive on contribution (directive_id);

-- An ongoing directive (thường xuyên) is reported on every period (ISO-8601, e.g. P1M) until it is closed.
alter table directive add column report_every varchar(20);
alter table directive add column closed_at timestamp with time zone;
alter table directive add column close_comment varchar(2000);

-- One reporting period of an ongoing directive's lead unit: due on a working day, reported or missed.
create sequence periodic_report_seq start with 1 increment by 50;
create table periodic_report (
    id            bigint                   not null primary key,
    assignment_id bigint                   not null references assignment (id),
    period_no     integer                  not null,
    period_start  date                     not null,
    due           date                     not null,
    report        varchar(8000),
    reported_by   varchar(60),
    reported_at   timestamp with time zone,
    reported_on   date,
    missed_at     timestamp with time zone,
    constraint uk_periodic_report unique (assignment_id, period_no)
);
create index ix_periodic_report_due on periodic_report (due);
