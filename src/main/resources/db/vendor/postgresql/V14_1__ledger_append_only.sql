-- PostgreSQL: ledger entries and checkpoints can be inserted, never updated, deleted or truncated
-- (decision 016). The table owner can still drop or disable a trigger; the hash chain catches what follows.

create function ledger_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'The case ledger is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger ledger_entry_append_only before update or delete on ledger_entry
    for each row execute function ledger_refuse_change();

create trigger ledger_entry_no_truncate before truncate on ledger_entry
    for each statement execute function ledger_refuse_change();

create trigger ledger_checkpoint_append_only before update or delete on ledger_checkpoint
    for each row execute function ledger_refuse_change();

create trigger ledger_checkpoint_no_truncate before truncate on ledger_checkpoint
    for each statement execute function ledger_refuse_change();
