-- Proof files added to a filing after it was recorded (the stamped copy came back later, the
-- delivery notice arrived). The filing itself is never changed: each later proof is a row of its
-- own that names its filing, when it was added and by whom. Rows are only ever inserted.

create table filing_later_proof (
    id          uuid         not null primary key,
    filing_id   uuid         not null references filing (id),
    case_id     uuid         not null references assembly_case (id),
    kind        varchar(20)  not null,
    sha256      varchar(64)  not null,
    media_type  varchar(100) not null,
    size_bytes  bigint       not null,
    safe_name   varchar(255) not null,
    added_at    timestamp with time zone not null,
    added_by    uuid         not null references user_account (id)
);

create index filing_later_proof_case on filing_later_proof (case_id, sha256);
