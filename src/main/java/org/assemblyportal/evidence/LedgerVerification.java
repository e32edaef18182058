package org.assemblyportal.evidence;

import java.time.Instant;
import java.util.UUID;

/**
 * The outcome of the last scheduled verification of a case ledger, as kept in {@code ledger_verification}.
 *
 * @param firstBreak the first break's English detail, null when the ledger was whole
 */
public record LedgerVerification(UUID caseId, Instant checkedAt, boolean ok, long size, String root,
        long entriesChecked, long filesChecked, long recordsChecked, int breakCount, String firstBreak) {
}
