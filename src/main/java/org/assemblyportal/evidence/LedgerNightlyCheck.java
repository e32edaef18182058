package org.assemblyportal.evidence;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verifies every case ledger on a schedule ({@code portal.ledger.check-cron}, nightly by default; "-"
 * switches it off) and keeps the outcome in {@code ledger_verification}. A ledger found whole and grown
 * since its last checkpoint gets a new checkpoint, so that a later rewrite of this history shows even if
 * it was rewritten consistently. A broken one is logged at WARN with its first break.
 */
@Component
class LedgerNightlyCheck {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerNightlyCheck.class);

    private final LedgerChecker checker;
    private final CaseLedger ledger;
    private final LedgerRows rows;
    private final TransactionTemplate transaction;

    LedgerNightlyCheck(LedgerChecker checker, CaseLedger ledger, LedgerRows rows,
            PlatformTransactionManager transactions) {
        this.checker = checker;
        this.ledger = ledger;
        this.rows = rows;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${portal.ledger.check-cron:0 30 3 * * *}")
    void checkAll() {
        var cases = transaction.execute(status -> rows.casesWithLedger());
        int broken = 0;
        for (var caseId : cases) {
            try {
                if (!check(caseId).ok()) {
                    broken++;
                }
            } catch (RuntimeException e) {
                // one unreadable case must not keep the others from being checked
                broken++;
                LOG.error("Ledger of case {} could not be verified", caseId, e);
            }
        }
        LOG.info("Verified {} case ledgers: {} with breaks", cases.size(), broken);
    }

    /** Verifies one case, records the outcome, and a checkpoint when the ledger is whole and has grown. */
    LedgerVerification check(UUID caseId) {
        var report = checker.check(caseId);
        var first = report.firstBreak();
        var result = new LedgerVerification(caseId, report.checkedAt(), report.ok(), report.size(), report.root(),
                report.entriesChecked(), report.filesChecked(), report.recordsChecked(), report.breaks().size(),
                first.map(b -> b.kind() + ": " + abbreviate(b.detail())).orElse(null));
        transaction.executeWithoutResult(status -> {
            rows.saveVerification(result);
            if (report.ok() && report.size() > 0
                    && rows.lastCheckpoint(caseId).map(c -> c.size() < report.size()).orElse(true)) {
                ledger.checkpoint(caseId);
            }
        });
        first.ifPresent(b -> LOG.warn("Ledger of case {} is broken ({} breaks); first: {} {}", caseId,
                report.breaks().size(), b.kind(), b.detail()));
        return result;
    }

    private static String abbreviate(String text) {
        return text.length() <= 1900 ? text : text.substring(0, 1900) + "…";
    }
}
