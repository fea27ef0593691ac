-- The other names a unit goes by in notices ("Sở TTTT", "Văn phòng Tỉnh ủy"), kept by an admin beside its name and
-- short name, in the order given; the notice parser matches them as it matches the names it works out itself. A
-- renamed unit keeps its former name here, so a notice written before the change still finds it (issue 14 item 4).
create table unit_alias (
    unit_id  bigint       not null references unit (id),
    position integer      not null,
    alias    varchar(100) not null,
    primary key (unit_id, position)
);

create table unit_alias_aud (
    rev      bigint       not null references audit_revision (id),
    revtype  smallint,
    unit_id  bigint       not null,
    position integer      not null,
    alias    varchar(100) not null,
    primary key (rev, unit_id, position, alias)
);
