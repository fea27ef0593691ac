-- An administrator edits the DTI indicators' names and weights (issue 15 item 2): each change is kept in the audit
-- trail like the calendar's, as installation data of no government.
create table dti_indicator_aud (
    rev         bigint       not null references audit_revision (id),
    revtype     smallint,
    code        varchar(20)  not null,
    parent_code varchar(20),
    name        varchar(500),
    name_en     varchar(500),
    weight      integer,
    ordinal     integer,
    primary key (rev, code)
);
