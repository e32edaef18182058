package org.assemblyportal.evidence;

import java.time.Instant;
import java.util.UUID;

/** The Merkle root over the first {@code size} entries of a case ledger, and the hash of entry {@code size}. */
public record LedgerCheckpoint(UUID caseId, long size, String root, String head, Instant at) {
}
