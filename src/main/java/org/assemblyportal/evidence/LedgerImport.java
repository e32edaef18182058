package org.assemblyportal.evidence;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings records made before the ledger existed into it, once (decision 016, "Consequences"): for each
 * case queued in {@code ledger_import_pending} by the migration, one {@code <kind>.imported} entry per
 * current record of every {@link LedgerSource}, in subject order, by {@code system}; then the case leaves
 * the queue. One transaction per case, so a failure leaves that case queued for the next start and the
 * others done. A subject that already has an entry (appended by a feature meanwhile) is not imported again.
 */
@Component
class LedgerImport {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerImport.class);
    static final String IMPORTED = ".imported";

    private final CaseLedger ledger;
    private final LedgerRows rows;
    private final List<LedgerSource> sources;
    private final TransactionTemplate transaction;

    LedgerImport(CaseLedger ledger, LedgerRows rows, List<LedgerSource> sources,
            PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.rows = rows;
        this.sources = sources;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void importPending() {
        var pending = transaction.execute(status -> rows.pendingImports());
        for (var caseId : pending) {
            try {
                var imported = transaction.execute(status -> importCase(caseId));
                LOG.info("Case {}: {} records from before the ledger imported into it", caseId, imported);
            } catch (RuntimeException e) {
                LOG.error("Case {}: records from before the ledger could not be imported; retried at the next start",
                        caseId, e);
            }
        }
    }

    /** In the caller's transaction: the records of one case, then its queue row. */
    int importCase(UUID caseId) {
        Map<String, LedgerEvent> events = new TreeMap<>();
        for (var source : sources) {
            source.currentPayloads(caseId).forEach((subject, payload) -> events.put(subject,
                    new LedgerEvent(caseId, source.kind() + IMPORTED, subject, null, payload)));
        }
        var recorded = new HashSet<>(rows.subjects(caseId));
        int imported = 0;
        for (var event : events.values()) {
            if (!recorded.contains(event.subject())) {
                ledger.append(event);
                imported++;
            }
        }
        rows.removePendingImport(caseId);
        return imported;
    }
}
