-- Users, their global roles and API tokens; cases and per-case membership.
-- Portable SQL: runs unchanged on H2 (default) and PostgreSQL (profile "postgres").

create table user_account (
    id               uuid         not null primary key,
    username         varchar(40)  not null,
    display_name     varchar(100) not null,
    password_hash    varchar(255) not null,
    preferred_locale varchar(8),
    enabled          boolean      not null,
    created_at       timestamp with time zone not null,
    version          bigint       not null,
    constraint user_account_username_unique unique (username)
);

create table user_role (
    user_id uuid        not null references user_account (id),
    role    varchar(20) not null,
    constraint user_role_pk primary key (user_id, role)
);

create table api_token (
    id           uuid        not null primary key,
    user_id      uuid        not null references user_account (id),
    name         varchar(60) not null,
    token_hash   varchar(64) not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint api_token_hash_unique unique (token_hash)
);
create index api_token_user_idx on api_token (user_id);

create table assembly_case (
    id                uuid         not null primary key,
    title             varchar(200) not null,
    jurisdiction_code varchar(20)  not null,
    planned_date      date         not null,
    created_at        timestamp with time zone not null,
    created_by        uuid         not null references user_account (id),
    version           bigint       not null
);

create table case_membership (
    id       uuid        not null primary key,
    case_id  uuid        not null references assembly_case (id),
    user_id  uuid        not null references user_account (id),
    role     varchar(20) not null,
    added_at timestamp with time zone not null,
    added_by uuid        not null references user_account (id),
    constraint case_membership_unique unique (case_id, user_id)
);
create index case_membership_user_idx on case_membership (user_id);
