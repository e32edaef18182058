package org.assemblyportal.evidence;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a case ledger as stored: its fields, the exact canonical line that was hashed
 * ({@code entryJson}, whose SHA-256 is {@code entryHash}) and the exact payload line
 * ({@code payloadJson}, whose SHA-256 is {@code payloadSha256}). Decision 016.
 */
public record LedgerEntry(UUID caseId, long seq, Instant at, String actor, String type, String subject,
        String payloadSha256, String prevHash, String entryHash, String entryJson, String payloadJson) {
}
