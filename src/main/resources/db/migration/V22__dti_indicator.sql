-- The provincial DTI's indicators (issue 15, Decision 922/QĐ-BTTTT): reference data loaded from seeds/dti/indicators.yml when
-- the table is empty, then edited by an administrator; a main indicator has no parent_code. Directives are tagged
-- with any number of them (directive_indicator), audited with the directive like its coordinators.
create table dti_indicator (
    code        varchar(20)  not null primary key,
    parent_code varchar(20)  references dti_indicator (code),
    name        varchar(500) not null,
    name_en     varchar(500) not null,
    weight      integer,
    ordinal     integer      not null
);

create table directive_indicator (
    directive_id   bigint      not null references directive (id),
    indicator_code varchar(20) not null references dti_indicator (code),
    primary key (directive_id, indicator_code)
);
create index ix_directive_indicator_code on directive_indicator (indicator_code, directive_id);

create table directive_indicator_aud (
    rev            bigint      not null references audit_revision (id),
    revtype        smallint,
    directive_id   bigint      not null,
    indicator_code varchar(20) not null,
    primary key (rev, directive_id, indicator_code)
);
