-- Account security (issue 11, item 2).
-- A password someone else set (the first administrator's from CHIDAO_ADMIN_PASSWORD, an administrator's new user or
-- reset, where chidao.security.force-password-change is on) is to be changed by its owner at the next sign-in.
alter table app_user add column password_change_required boolean default false not null;

-- Failed sign-ins in a row per username (lower case, as typed, known or not) and client address: the fifth locks
-- that pair for 15 minutes. Kept here so that every node of a cluster counts the same; a success deletes the row.
create table sign_in_failure (
    username        varchar(100)             not null,
    client_address  varchar(64)              not null,
    failures        integer                  not null,
    last_failure_at timestamp with time zone not null,
    locked_until    timestamp with time zone,
    constraint pk_sign_in_failure primary key (username, client_address)
);
create index ix_sign_in_failure_last on sign_in_failure (last_failure_at);
