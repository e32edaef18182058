package org.assemblyportal.assembly;

import java.time.Instant;

/** A proof file added to a filing after it was recorded: the file, when and by whom. */
public record LaterProofFile(ProofFile file, Instant addedAt, String addedBy) {
}
