-- The case's contacts with the authority besides its formal responses: meetings, phone calls,
-- letters, requests to withdraw the application, offers of another place, time or route. Each is
-- kept as told: when it happened (an instant plus the jurisdiction's zone), which way it went, who
-- took part on each side, what was said word for word, and the files that came with it (bytes in
-- the evidence store under their SHA-256). Rows are only ever inserted: a correction is a new entry
-- that names the one it corrects in corrects_id.

create table authority_communication (
    id              uuid            not null primary key,
    case_id         uuid            not null references assembly_case (id),
    corrects_id     uuid            references authority_communication (id),
    kind            varchar(40)     not null,
    occurred_at     timestamp with time zone not null,
    occurred_zone   varchar(64)     not null,
    direction       varchar(20)     not null,
    authority_side  varchar(1000),
    our_side        varchar(1000),
    summary         varchar(20000)  not null,
    recorded_at     timestamp with time zone not null,
    recorded_by     uuid            not null references user_account (id),
    -- An entry is corrected at most once; a correction of a correction names the latest one.
    constraint authority_communication_corrects_unique unique (corrects_id)
);

create index authority_communication_case on authority_communication (case_id, occurred_at);

create table authority_communication_file (
    communication_id uuid         not null references authority_communication (id),
    file_index       integer      not null,
    sha256           varchar(64)  not null,
    media_type       varchar(100) not null,
    size_bytes       bigint       not null,
    safe_name        varchar(255) not null,
    primary key (communication_id, file_index)
);

create index authority_communication_file_sha256 on authority_communication_file (sha256);
