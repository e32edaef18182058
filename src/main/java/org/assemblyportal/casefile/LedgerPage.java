package org.assemblyportal.casefile;

import java.time.Instant;
import java.util.List;

/**
 * A page of a case ledger as members and integrations read it: the ledger's size and some of its
 * entries, each with the exact line that was hashed ({@code line}, whose SHA-256 is {@code entryHash}).
 */
public record LedgerPage(long size, List<Entry> entries) {

    public LedgerPage {
        entries = List.copyOf(entries);
    }

    public record Entry(long seq, Instant at, String actor, String type, String subject, String payloadSha256,
            String prevHash, String entryHash, String line) {
    }
}
