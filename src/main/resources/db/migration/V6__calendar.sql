-- The working-day calendar's yearly data: the days off and the weekend days worked that the Prime Minister
-- announces for a year. A year listed here follows its data alone; other years follow the Labour Code's rule
-- (vn.chidao.calendar.HolidayRule). Filled from seeds/calendar/<year>.yml for the years not yet here, on every
-- profile, and edited by the installation's administrator. Portable SQL for H2 and PostgreSQL.

create table calendar_year (
    year_number integer      not null primary key,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(100) not null,
    version     bigint       not null default 0
);

create sequence calendar_day_seq start with 1 increment by 50;
create table calendar_day (
    id          bigint       not null primary key,
    year_number integer      not null references calendar_year (year_number),
    on_date     date         not null,
    kind        varchar(10)  not null,
    name        varchar(200) not null,
    constraint uk_calendar_day_date unique (on_date),
    constraint ck_calendar_day_kind check (kind in ('OFF', 'WORKING'))
);
create index ix_calendar_day_year on calendar_day (year_number);
