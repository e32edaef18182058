package org.assemblyportal.assembly;

import java.time.Instant;

/** One entry of a draft's history: which revision, when, who, and the hash of its content. */
public record DraftRevisionSummary(int revision, Instant savedAt, String savedBy, String sha256) {
}
