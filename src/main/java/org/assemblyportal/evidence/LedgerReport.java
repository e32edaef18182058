package org.assemblyportal.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a verification of one case ledger found (decision 016): every break, the first one first, and
 * how much was checked. {@code root} is the Merkle root over the {@code size} entry lines as stored.
 */
public record LedgerReport(UUID caseId, Instant checkedAt, boolean ok, long entriesChecked, long filesChecked,
        long recordsChecked, String root, long size, List<LedgerBreak> breaks) {

    public LedgerReport {
        breaks = List.copyOf(breaks);
    }

    public Optional<LedgerBreak> firstBreak() {
        return breaks.stream().findFirst();
    }
}
