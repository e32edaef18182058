-- The application or notification a case's organizers draft, and every saved revision of it.
-- Revisions are append-only: each keeps the canonical JSON and its SHA-256.

create table application_draft (
    id          uuid           not null primary key,
    case_id     uuid           not null references assembly_case (id),
    content     varchar(200000) not null,
    revision    integer        not null,
    updated_at  timestamp with time zone not null,
    updated_by  uuid           not null references user_account (id),
    version     bigint         not null,
    constraint application_draft_case_unique unique (case_id)
);

create table draft_revision (
    id          uuid           not null primary key,
    draft_id    uuid           not null references application_draft (id),
    revision    integer        not null,
    content     varchar(200000) not null,
    sha256      varchar(64)    not null,
    created_at  timestamp with time zone not null,
    created_by  uuid           not null references user_account (id),
    constraint draft_revision_unique unique (draft_id, revision)
);
