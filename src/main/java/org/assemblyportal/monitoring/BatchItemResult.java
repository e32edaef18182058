package org.assemblyportal.monitoring;

import java.util.List;
import java.util.UUID;
import org.assemblyportal.base.InvalidInputException.FieldViolation;

/**
 * The answer for one observation of a batch, in the batch's order: stored now ({@link Status#CREATED}), stored by
 * an earlier request or an earlier item with the same client id and content ({@link Status#REPLAYED}), refused
 * because the client id came with other content ({@link Status#CONFLICT}) or because it breaks the rules
 * ({@link Status#INVALID}). {@code observation} is the stored version (created or replayed); {@code violations}
 * say what is wrong (invalid or conflict), as the single request's problem would.
 */
public record BatchItemResult(UUID clientId, Status status, ObservationView observation,
        List<FieldViolation> violations) {

    public BatchItemResult {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /** What became of one observation of a batch. */
    public enum Status {
        CREATED, REPLAYED, CONFLICT, INVALID
    }

    static BatchItemResult stored(Recorded recorded) {
        return new BatchItemResult(recorded.view().clientId(), recorded.created() ? Status.CREATED : Status.REPLAYED,
                recorded.view(), List.of());
    }

    static BatchItemResult refused(UUID clientId, Status status, List<FieldViolation> violations) {
        return new BatchItemResult(clientId, status, null, violations);
    }
}
