-- Chidao's domain schema (Camunda creates and updates its own ACT_* tables).
-- Portable SQL: the same script runs on H2 (default profile, tests) and PostgreSQL (profile postgres).
-- Ids come from sequences with increment 50, matching the entities' allocation size.

create sequence government_seq start with 1 increment by 50;
create table government (
    id      bigint       not null primary key,
    code    varchar(20)  not null,
    name    varchar(200) not null,
    version bigint       not null default 0,
    constraint uk_government_code unique (code)
);

create sequence unit_seq start with 1 increment by 50;
create table unit (
    id            bigint       not null primary key,
    government_id bigint       not null references government (id),
    code          varchar(30)  not null,
    name          varchar(200) not null,
    kind          varchar(20)  not null,
    parent_id     bigint references unit (id),
    constraint uk_unit_code unique (government_id, code)
);

create sequence app_user_seq start with 1 increment by 50;
create table app_user (
    id            bigint       not null primary key,
    username      varchar(60)  not null,
    display_name  varchar(120) not null,
    password_hash varchar(100) not null,
    email         varchar(200),
    government_id bigint references government (id),
    unit_id       bigint references unit (id),
    enabled       boolean      not null default true,
    version       bigint       not null default 0,
    constraint uk_app_user_username unique (username)
);
create index ix_app_user_government on app_user (government_id);

create table app_user_role (
    user_id bigint      not null references app_user (id),
    role    varchar(20) not null,
    primary key (user_id, role)
);

create sequence committee_seq start with 1 increment by 50;
create table committee (
    id            bigint       not null primary key,
    government_id bigint       not null references government (id),
    name          varchar(300) not null,
    constraint uk_committee_name unique (government_id, name)
);

create sequence conclusion_seq start with 1 increment by 50;
create table conclusion (
    id                  bigint                   not null primary key,
    government_id       bigint                   not null references government (id),
    committee_id        bigint                   not null references committee (id),
    title               varchar(500)             not null,
    meeting_date        date                     not null,
    number              varchar(50),
    issue_year          integer,
    issue_sequence      integer,
    issued_date         date,
    status              varchar(30)              not null,
    process_instance_id varchar(64),
    created_by          varchar(60)              not null,
    created_at          timestamp with time zone not null,
    version             bigint                   not null default 0,
    constraint uk_conclusion_number unique (government_id, number)
);
create index ix_conclusion_government on conclusion (government_id, status);
create index ix_conclusion_process on conclusion (process_instance_id);

create sequence directive_seq start with 1 increment by 50;
create table directive (
    id              bigint        not null primary key,
    conclusion_id   bigint        not null references conclusion (id),
    ordinal         integer       not null,
    content         varchar(4000) not null,
    deadline        date,
    ongoing         boolean       not null,
    leader_sign_off boolean       not null,
    lead_unit_id    bigint        not null references unit (id)
);
create index ix_directive_conclusion on directive (conclusion_id);

create table directive_coordinator (
    directive_id bigint  not null references directive (id),
    position     integer not null,
    unit_id      bigint  not null references unit (id),
    primary key (directive_id, position)
);

create sequence conclusion_event_seq start with 1 increment by 50;
create table conclusion_event (
    id            bigint                   not null primary key,
    conclusion_id bigint                   not null references conclusion (id),
    occurred_at   timestamp with time zone not null,
    username      varchar(60)              not null,
    action        varchar(30)              not null,
    comment       varchar(4000)
);
create index ix_conclusion_event on conclusion_event (conclusion_id);

create sequence assignment_seq start with 1 increment by 50;
create table assignment (
    id                  bigint                   not null primary key,
    government_id       bigint                   not null references government (id),
    conclusion_id       bigint                   not null references conclusion (id),
    directive_id        bigint                   not null references directive (id),
    unit_id             bigint                   not null references unit (id),
    role                varchar(20)              not null,
    deadline            date,
    original_deadline   date,
    status              varchar(30)              not null,
    progress_percent    integer                  not null default 0,
    report              varchar(8000),
    created_at          timestamp with time zone not null,
    acknowledged_at     timestamp with time zone,
    reported_at         timestamp with time zone,
    reported_on         date,
    completed_at        timestamp with time zone,
    process_instance_id varchar(64),
    version             bigint                   not null default 0,
    constraint uk_assignment_unit unique (directive_id, unit_id)
);
create index ix_assignment_government on assignment (government_id, status, deadline);
create index ix_assignment_unit on assignment (unit_id, status, deadline);
create index ix_assignment_conclusion on assignment (conclusion_id);
create index ix_assignment_process on assignment (process_instance_id);

create sequence assignment_event_seq start with 1 increment by 50;
create table assignment_event (
    id            bigint                   not null primary key,
    assignment_id bigint                   not null references assignment (id),
    occurred_at   timestamp with time zone not null,
    username      varchar(60)              not null,
    action        varchar(30)              not null,
    comment       varchar(8000)
);
create index ix_assignment_event on assignment_event (assignment_id);
