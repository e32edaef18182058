package org.assemblyportal.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.assemblyportal.evidence.LedgerCheckpoint;

/**
 * Everything one case file holds (decision 017). {@code checkpoint}, when given, fixes the ledger
 * prefix the export covers (entries after its size are left for the next export) and must agree with
 * the root the writer computes; without it the export covers every entry and is dated {@code createdAt}.
 * {@code withheldPayloads} are the seqs whose payload line is written as {@code null}.
 */
public record CaseFileContent(UUID caseId, String title, Instant createdAt, boolean redacted,
        LedgerEntries ledger, LedgerCheckpoint checkpoint, Set<Long> withheldPayloads,
        List<OriginalFile> originals, List<WithheldFile> withheld, List<ExtraEntry> extras) {

    public CaseFileContent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(ledger, "ledger");
        withheldPayloads = Set.copyOf(withheldPayloads);
        originals = List.copyOf(originals);
        withheld = List.copyOf(withheld);
        extras = List.copyOf(extras);
    }
}
