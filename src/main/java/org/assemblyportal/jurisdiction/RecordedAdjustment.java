package org.assemblyportal.jurisdiction;

import java.time.Instant;
import java.util.UUID;

/** A decree as recorded, with who added it and when, and whether it was withdrawn. */
public record RecordedAdjustment(UUID id, String jurisdiction, CalendarAdjustment adjustment, Instant createdAt,
        UUID createdBy, Instant removedAt) {

    public boolean active() {
        return removedAt == null;
    }
}
