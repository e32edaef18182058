-- Export jobs of case files (decision 017). A job's row records who asked for which variant and
-- how it ended; the ZIP itself lives in the data directory's exports folder. A finished export is
-- also an entry of the case ledger (export.made), which is what proves custody; this row only
-- serves the lists and the downloads.

create table case_export (
    id             uuid          not null primary key,
    case_id        uuid          not null references assembly_case (id),
    requested_by   uuid          not null references user_account (id),
    redacted       boolean       not null,
    lang           varchar(2)    not null,
    state          varchar(16)   not null,
    requested_at   timestamp with time zone not null,
    finished_at    timestamp with time zone,
    file_name      varchar(200),
    file_size      bigint,
    manifest_sha256 varchar(64),
    ledger_size    bigint,
    ledger_root    varchar(64),
    failure_key    varchar(100),
    constraint case_export_state check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED'))
);

create index case_export_case on case_export (case_id, requested_at);
