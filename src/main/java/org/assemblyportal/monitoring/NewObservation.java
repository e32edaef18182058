package org.assemblyportal.monitoring;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An observation as a monitor's phone sends it. {@code clientId} is made by the phone when the form
 * opens and is the idempotency key: sending it again stores nothing new. {@code segment} is a number
 * of the filed route's segments ({@link org.assemblyportal.assembly.RouteSegment}), null if not on
 * one; {@code deviceTime} is the phone's clock with its offset, kept as the phone said it
 * (its offset too, not turned into UTC).
 * {@code facts} is what was seen and heard; {@code assessment} what the monitor makes of it, kept
 * apart. {@code location}, {@code counts}, {@code obstacle} (only for {@link ObservationCategory#OBSTACLES}),
 * {@code policing} and {@code claimTest} are optional.
 */
public record NewObservation(UUID clientId, ObservationCategory category, Integer segment,
        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime deviceTime,
        Location location, String landmark, String facts, String assessment, Counts counts, ObstacleDetails obstacle,
        String policing, ClaimTest claimTest) {

    public NewObservation {
        counts = counts == null ? Counts.NONE : counts;
    }
}
