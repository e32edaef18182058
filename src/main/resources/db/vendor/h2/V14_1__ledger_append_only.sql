-- H2: ledger entries and checkpoints can be inserted, never updated or deleted (decision 016).
-- The trigger is Java code (org.assemblyportal.evidence.LedgerAppendOnlyTrigger).

create trigger ledger_entry_append_only before update, delete on ledger_entry
    for each row call 'org.assemblyportal.evidence.LedgerAppendOnlyTrigger';

create trigger ledger_checkpoint_append_only before update, delete on ledger_checkpoint
    for each row call 'org.assemblyportal.evidence.LedgerAppendOnlyTrigger';
