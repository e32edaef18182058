-- Filings: each time a case's notification or application was handed to the authority. A filing
-- freezes the draft as filed (canonical JSON and its SHA-256) and lists its proof files, whose bytes
-- live in the evidence store under their SHA-256. Rows are only ever inserted: a correction is a new
-- filing (an amendment) that points at the one before it.

create table filing (
    id                  uuid            not null primary key,
    case_id             uuid            not null references assembly_case (id),
    sequence_number     integer         not null,
    amends_id           uuid            references filing (id),
    channel             varchar(20)     not null,
    registration_number varchar(100),
    registered_at       timestamp with time zone not null,
    registered_zone     varchar(64)     not null,
    snapshot            varchar(200000) not null,
    snapshot_sha256     varchar(64)     not null,
    draft_revision      integer         not null,
    recorded_at         timestamp with time zone not null,
    recorded_by         uuid            not null references user_account (id),
    -- Two people recording at once cannot both become filing no. 2, nor both amend no. 1.
    constraint filing_sequence_unique unique (case_id, sequence_number),
    constraint filing_amends_unique unique (amends_id),
    constraint filing_original_or_amendment check (
        (sequence_number = 1 and amends_id is null) or (sequence_number > 1 and amends_id is not null))
);

create table filing_proof (
    filing_id   uuid         not null references filing (id),
    file_index  integer      not null,
    kind        varchar(20)  not null,
    sha256      varchar(64)  not null,
    media_type  varchar(100) not null,
    size_bytes  bigint       not null,
    safe_name   varchar(255) not null,
    primary key (filing_id, file_index)
);

create index filing_proof_sha256 on filing_proof (sha256);
