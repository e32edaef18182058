package org.assemblyportal.assembly;

import java.time.Instant;
import java.util.UUID;

/**
 * A case's draft as a member sees it. {@code version} must be sent back with changes, so that two
 * co-organizers never overwrite each other unnoticed; {@code version} is -1 before the first save.
 */
public record DraftView(UUID caseId, String jurisdictionCode, ApplicationData data, long version, int revision,
        Instant updatedAt, String updatedBy, String sha256) {
}
