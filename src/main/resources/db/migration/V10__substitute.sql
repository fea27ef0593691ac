-- Substitutes (ủy quyền): while a person is away, another of the same role (a leader another leader of the
-- government, a unit's user another user of that unit) sees and acts on what is addressed to them alone.
create sequence substitute_seq start with 1 increment by 50;
create table substitute (
    id            bigint                   not null primary key,
    government_id bigint                   not null references government (id),
    absent        varchar(60)              not null,
    substitute    varchar(60)              not null,
    from_day      date                     not null,
    to_day        date                     not null,
    created_at    timestamp with time zone not null
);
create index ix_substitute_absent on substitute (absent, from_day);
create index ix_substitute_substitute on substitute (substitute, from_day);
