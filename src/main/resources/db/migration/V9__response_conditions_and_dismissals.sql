-- The conditions a response imposed, in codes: the rule file's permitted conditions or the portal's
-- CONDITION_NOT_IN_LAW (a condition the law does not provide for), besides the conditions' text that
-- authority_response already keeps. Inserted with the response, never changed.

create table authority_response_condition (
    response_id     uuid        not null references authority_response (id),
    condition_index integer     not null,
    code            varchar(40) not null,
    primary key (response_id, condition_index)
);

-- A lawyer's dismissal of a compliance finding, or the restoring of a dismissed one, as events: the
-- finding is named by its filing and kind; the latest event says whether it is dismissed. Rows are
-- only ever inserted. The ordinal counts a case's events from 1, so the history keeps its order
-- even within one instant, and two lawyers acting at once cannot both write the same step.

create table finding_dismissal (
    id              uuid          not null primary key,
    case_id         uuid          not null references assembly_case (id),
    ordinal         integer       not null,
    filing_sequence integer       not null,
    kind            varchar(40)   not null,
    action          varchar(16)   not null,
    reason          varchar(2000),
    recorded_at     timestamp with time zone not null,
    recorded_by     uuid          not null references user_account (id),
    constraint finding_dismissal_ordinal_unique unique (case_id, ordinal),
    constraint finding_dismissal_action check (action in ('DISMISSED', 'RESTORED')),
    constraint finding_dismissal_reason check (action <> 'DISMISSED' or reason is not null)
);
