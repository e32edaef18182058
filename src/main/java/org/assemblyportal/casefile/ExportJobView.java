package org.assemblyportal.casefile;

import java.time.Instant;
import java.util.UUID;

/**
 * An export job as the UI and the API show it. {@code failure} is a message key, set when the
 * job failed; {@code progress} is live while it runs.
 */
public record ExportJobView(UUID id, UUID caseId, boolean redacted, String lang, ExportState state, ExportProgress progress,
        Instant requestedAt, Instant finishedAt, String fileName, Long fileSize, String manifestSha256,
        Long ledgerSize, String ledgerRoot, String failure) {
}
