-- Units that end (issue 14, the 2025 reorganisation): the days a unit exists, from valid_from (null: always has)
-- until valid_to (null: still exists; otherwise the day it ended, from which its successors hold its work), why it
-- ended, and its successors in the order the administrator named them.
alter table unit add column valid_from date;
alter table unit add column valid_to date;
alter table unit add column end_reason varchar(2000);

create table unit_successor (
    unit_id      bigint  not null references unit (id),
    position     integer not null,
    successor_id bigint  not null references unit (id),
    primary key (unit_id, position)
);
create index ix_unit_successor_successor on unit_successor (successor_id);

alter table unit_aud add column valid_from date;
alter table unit_aud add column valid_to date;
alter table unit_aud add column end_reason varchar(2000);

create table unit_successor_aud (
    rev          bigint   not null references audit_revision (id),
    revtype      smallint,
    unit_id      bigint   not null,
    position     integer  not null,
    successor_id bigint   not null,
    primary key (rev, unit_id, position, successor_id)
);
