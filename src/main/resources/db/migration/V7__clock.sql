-- The adjustable clock (demos, training, black-box tests): how far ahead of real time it runs, kept so that
-- a restarted demo does not go back in time. At most one row (id 1); none while the clock follows real time.
create table clock_setting (
    id            integer                  not null primary key,
    offset_millis bigint                   not null,
    set_to        timestamp with time zone not null,
    set_by        varchar(60)              not null
);
