-- Decreed changes to working days that administrators record without a release (issue 4),
-- and how far each jurisdiction's calendar data is confirmed complete.
-- Rows are never deleted: a withdrawn entry gets removed_at/removed_by, so history stays.

create table calendar_adjustment (
    id                uuid         not null primary key,
    jurisdiction_code varchar(20)  not null,
    adjusted_on       date         not null,
    working_day       boolean      not null,
    label_en          varchar(300) not null,
    label_ru          varchar(300),
    label_kk          varchar(300),
    act               varchar(500) not null,
    article           varchar(200),
    url               varchar(500),
    verified          boolean      not null,
    created_at        timestamp with time zone not null,
    created_by        uuid         not null references user_account (id),
    removed_at        timestamp with time zone,
    removed_by        uuid references user_account (id)
);
create index calendar_adjustment_jurisdiction_idx on calendar_adjustment (jurisdiction_code);

create table calendar_coverage (
    jurisdiction_code varchar(20) not null primary key,
    last_year         integer     not null,
    confirmed_at      timestamp with time zone not null,
    confirmed_by      uuid        not null references user_account (id)
);
