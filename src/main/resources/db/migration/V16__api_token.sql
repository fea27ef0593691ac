-- Personal access tokens for integrations: sent as "Authorization: Bearer chd_…", scoped to the owner's roles.
-- Only the SHA-256 of the token is kept (the token is 256 random bits: no slow hash is needed to resist
-- guessing); the token itself is shown once, when it is created.
create sequence api_token_seq start with 1 increment by 50;
create table api_token (
    id           bigint                   not null primary key,
    username     varchar(60)              not null,
    name         varchar(100)             not null,
    token_hash   varchar(64)              not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    constraint uq_api_token_hash unique (token_hash)
);
create index ix_api_token_username on api_token (username);
