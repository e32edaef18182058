package org.assemblyportal.casefile;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.assemblyportal.evidence.LedgerEntry;

/**
 * A case's ledger entries in sequence order, handed over one at a time so that a ledger of any size
 * is never in memory at once. The writer goes through them up to three times (chain, payloads,
 * proofs), so each call must start again from seq 1, e.g.
 * {@code action -> caseLedger.forEachEntry(caseId, action)}.
 */
@FunctionalInterface
public interface LedgerEntries {

    void forEach(Consumer<? super LedgerEntry> action);

    static LedgerEntries of(Supplier<? extends Iterable<LedgerEntry>> entries) {
        return action -> entries.get().forEach(action);
    }
}
