-- The audit trail (vn.chidao.audit, docs/operations.md "Audit trail"): Hibernate Envers' revisions and its <table>_aud
-- copies of every audited entity, and one searchable record per entity change. Written in the transaction of the
-- change, never updated or deleted (on PostgreSQL a trigger refuses it: db/postgresql/afterMigrate__audit_append_only.sql).
-- Portable SQL for H2 and PostgreSQL.

-- One revision per transaction that changed audited entities: who (and for whom, a substitute), when by the
-- application's clock (occurred_at) and by the server's (recorded_at).
create sequence audit_revision_seq start with 1 increment by 50;
create table audit_revision (
    id           bigint                   not null primary key,
    occurred_at  timestamp with time zone not null,
    recorded_at  timestamp with time zone not null,
    username     varchar(60)              not null,
    on_behalf_of varchar(200)
);

-- One row per changed entity per revision, as the admin's screen and GET /api/admin/audit search it: the changed
-- fields before and after as JSON (a secret only as "changed"); the government where the entity has one.
create sequence audit_record_seq start with 1 increment by 50;
create table audit_record (
    id              bigint                   not null primary key,
    revision_id     bigint                   not null references audit_revision (id),
    occurred_at     timestamp with time zone not null,
    username        varchar(60)              not null,
    on_behalf_of    varchar(200),
    government_code varchar(20),
    entity          varchar(60)              not null,
    entity_id       varchar(100)             not null,
    action          varchar(10)              not null,
    before_json     varchar(200000),
    after_json      varchar(200000),
    constraint ck_audit_record_action check (action in ('CREATED', 'CHANGED', 'DELETED'))
);
create index ix_audit_record_at on audit_record (occurred_at, id);
create index ix_audit_record_entity on audit_record (entity, entity_id, occurred_at);
create index ix_audit_record_user on audit_record (username, occurred_at);
create index ix_audit_record_government on audit_record (government_code, occurred_at);

-- Envers' copies: the audited columns of each entity at each revision (revtype 0 added, 1 changed, 2 removed).
-- Secrets (password and token hashes, webhook secrets) are not copied.
create table government_aud (
    rev           bigint       not null references audit_revision (id),
    revtype       smallint,
    id            bigint       not null,
    code          varchar(20),
    name          varchar(200),
    notice_symbol varchar(40),
    primary key (rev, id)
);

create table unit_aud (
    rev           bigint       not null references audit_revision (id),
    revtype       smallint,
    id            bigint       not null,
    government_id bigint,
    code          varchar(30),
    name          varchar(200),
    short_name    varchar(50),
    kind          varchar(20),
    parent_id     bigint,
    primary key (rev, id)
);

create table app_user_aud (
    rev           bigint       not null references audit_revision (id),
    revtype       smallint,
    id            bigint       not null,
    username      varchar(60),
    display_name  varchar(120),
    email         varchar(200),
    language      varchar(5),
    government_id bigint,
    unit_id       bigint,
    enabled       boolean,
    password_change_required boolean,
    primary key (rev, id)
);

create table app_user_role_aud (
    rev     bigint      not null references audit_revision (id),
    revtype smallint,
    user_id bigint      not null,
    role    varchar(20) not null,
    primary key (rev, user_id, role)
);

create table api_token_aud (
    rev          bigint                   not null references audit_revision (id),
    revtype      smallint,
    id           bigint                   not null,
    username     varchar(60),
    name         varchar(100),
    created_at   timestamp with time zone,
    expires_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    primary key (rev, id)
);

create table substitute_aud (
    rev           bigint                   not null references audit_revision (id),
    revtype       smallint,
    id            bigint                   not null,
    government_id bigint,
    absent        varchar(60),
    substitute    varchar(60),
    from_day      date,
    to_day        date,
    created_at    timestamp with time zone,
    primary key (rev, id)
);

create table committee_aud (
    rev            bigint       not null references audit_revision (id),
    revtype        smallint,
    id             bigint       not null,
    government_id  bigint,
    name           varchar(300),
    chair_username varchar(60),
    notice_symbol  varchar(40),
    primary key (rev, id)
);

create table conclusion_aud (
    rev                 bigint                   not null references audit_revision (id),
    revtype             smallint,
    id                  bigint                   not null,
    government_id       bigint,
    committee_id        bigint,
    title               varchar(500),
    meeting_date        date,
    number              varchar(50),
    number_key          varchar(50),
    issue_year          integer,
    issue_sequence      integer,
    issued_date         date,
    status              varchar(30),
    process_instance_id varchar(64),
    created_by          varchar(60),
    created_at          timestamp with time zone,
    primary key (rev, id)
);

create table directive_aud (
    rev                   bigint                   not null references audit_revision (id),
    revtype               smallint,
    id                    bigint                   not null,
    conclusion_id         bigint,
    ordinal               integer,
    content               varchar(4000),
    deadline              date,
    ongoing               boolean,
    leader_sign_off       boolean,
    lead_unit_id          bigint,
    reminder_days         integer,
    deadline_working_days integer,
    cancelled_at          timestamp with time zone,
    cancel_reason         varchar(2000),
    report_every          varchar(20),
    closed_at             timestamp with time zone,
    close_comment         varchar(2000),
    primary key (rev, id)
);

create table directive_coordinator_aud (
    rev          bigint   not null references audit_revision (id),
    revtype      smallint,
    directive_id bigint   not null,
    position     integer  not null,
    unit_id      bigint   not null,
    primary key (rev, directive_id, position, unit_id)
);

create table assignment_aud (
    rev                 bigint                   not null references audit_revision (id),
    revtype             smallint,
    id                  bigint                   not null,
    government_id       bigint,
    conclusion_id       bigint,
    committee_id        bigint,
    directive_id        bigint,
    unit_id             bigint,
    role                varchar(20),
    deadline            date,
    original_deadline   date,
    status              varchar(30),
    progress_percent    integer,
    report              varchar(8000),
    created_at          timestamp with time zone,
    acknowledged_at     timestamp with time zone,
    reported_at         timestamp with time zone,
    reported_on         date,
    completed_at        timestamp with time zone,
    process_instance_id varchar(64),
    primary key (rev, id)
);

create table contribution_aud (
    rev           bigint                   not null references audit_revision (id),
    revtype       smallint,
    id            bigint                   not null,
    directive_id  bigint,
    assignment_id bigint,
    unit_id       bigint,
    content       varchar(8000),
    username      varchar(60),
    occurred_at   timestamp with time zone,
    primary key (rev, id)
);

create table extension_request_aud (
    rev                bigint                   not null references audit_revision (id),
    revtype            smallint,
    id                 bigint                   not null,
    assignment_id      bigint,
    previous_deadline  date,
    requested_deadline date,
    reason             varchar(4000),
    requested_by       varchar(60),
    requested_at       timestamp with time zone,
    status             varchar(20),
    decided_by         varchar(60),
    decided_at         timestamp with time zone,
    decision_comment   varchar(4000),
    primary key (rev, id)
);

create table periodic_report_aud (
    rev           bigint                   not null references audit_revision (id),
    revtype       smallint,
    id            bigint                   not null,
    assignment_id bigint,
    period_no     integer,
    period_start  date,
    due           date,
    report        varchar(8000),
    reported_by   varchar(60),
    reported_at   timestamp with time zone,
    reported_on   date,
    missed_at     timestamp with time zone,
    primary key (rev, id)
);

create table calendar_year_aud (
    rev         bigint                   not null references audit_revision (id),
    revtype     smallint,
    year_number integer                  not null,
    updated_at  timestamp with time zone,
    updated_by  varchar(100),
    primary key (rev, year_number)
);

create table calendar_day_aud (
    rev         bigint       not null references audit_revision (id),
    revtype     smallint,
    id          bigint       not null,
    year_number integer,
    on_date     date,
    kind        varchar(10),
    name        varchar(200),
    primary key (rev, id)
);

create table clock_setting_aud (
    rev           bigint                   not null references audit_revision (id),
    revtype       smallint,
    id            integer                  not null,
    offset_millis bigint,
    set_to        timestamp with time zone,
    set_by        varchar(60),
    primary key (rev, id)
);

create table webhook_aud (
    rev           bigint                   not null references audit_revision (id),
    revtype       smallint,
    government_id bigint                   not null,
    url           varchar(500),
    enabled       boolean,
    updated_at    timestamp with time zone,
    updated_by    varchar(60),
    primary key (rev, government_id)
);

create table notification_choice_aud (
    rev      bigint      not null references audit_revision (id),
    revtype  smallint,
    username varchar(60) not null,
    kind     varchar(30) not null,
    mode     varchar(20),
    primary key (rev, username, kind)
);
