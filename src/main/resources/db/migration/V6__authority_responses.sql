-- The authority's responses to a filing, as received: when and how, the authority's document number
-- and signatory, the outcome and refusal grounds (codes from the jurisdiction's rule file), any
-- conditions and the reason word for word, and the files that came with it (bytes in the evidence
-- store under their SHA-256). Rows are only ever inserted: a correction is a new response that
-- names the one it corrects in corrects_id.

create table authority_response (
    id              uuid            not null primary key,
    case_id         uuid            not null references assembly_case (id),
    filing_id       uuid            not null references filing (id),
    filing_sequence integer         not null,
    corrects_id     uuid            references authority_response (id),
    received_at     timestamp with time zone not null,
    received_zone   varchar(64)     not null,
    decision_date   date,
    channel         varchar(40)     not null,
    document_number varchar(100),
    signatory       varchar(200),
    outcome         varchar(40)     not null,
    conditions      varchar(5000),
    reason_text     varchar(20000),
    recorded_at     timestamp with time zone not null,
    recorded_by     uuid            not null references user_account (id),
    -- A response is corrected at most once; a correction of a correction names the latest one.
    constraint authority_response_corrects_unique unique (corrects_id)
);

create index authority_response_case on authority_response (case_id, received_at);

create table authority_response_ground (
    response_id  uuid        not null references authority_response (id),
    ground_index integer     not null,
    code         varchar(40) not null,
    primary key (response_id, ground_index)
);

create table authority_response_file (
    response_id uuid         not null references authority_response (id),
    file_index  integer      not null,
    sha256      varchar(64)  not null,
    media_type  varchar(100) not null,
    size_bytes  bigint       not null,
    safe_name   varchar(255) not null,
    primary key (response_id, file_index)
);

create index authority_response_file_sha256 on authority_response_file (sha256);
