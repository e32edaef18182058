package org.assemblyportal.evidence;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained ledger of each case (decision 016). Features append an event in
 * the same transaction as the record it describes.
 */
@Service
public class CaseLedger {

    /** Appends the event as the case's next entry, in the caller's transaction (there must be one). */
    @Transactional(propagation = Propagation.MANDATORY)
    public LedgerEntry append(LedgerEvent event) {
        throw new UnsupportedOperationException("CaseLedger.append is being built (issue 8)");
    }

    /** Every entry of the case in sequence order. */
    @Transactional(readOnly = true)
    public List<LedgerEntry> entries(UUID caseId) {
        throw new UnsupportedOperationException("CaseLedger.entries is being built (issue 8)");
    }

    /** Every entry of the case in sequence order, streamed page by page (for exports of large cases). */
    @Transactional(readOnly = true)
    public void forEachEntry(UUID caseId, Consumer<LedgerEntry> action) {
        throw new UnsupportedOperationException("CaseLedger.forEachEntry is being built (issue 8)");
    }

    /** Records and returns a checkpoint: the Merkle root over all current entries of the case. */
    @Transactional
    public LedgerCheckpoint checkpoint(UUID caseId) {
        throw new UnsupportedOperationException("CaseLedger.checkpoint is being built (issue 8)");
    }
}
