package org.assemblyportal.monitoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.assemblyportal.authority.ClaimView;

/**
 * A stated claim with its test: the claim, the verdict computed from the observations with the
 * coverage per segment, and the lawyers' reviews of it, the latest (in force) last. {@code verdict()}
 * is what the case stands on: the latest review's verdict if there is one, else the computed one.
 */
public record ClaimTestView(ClaimView claim, ClaimTestResult computed, List<Review> reviews) {

    public ClaimTestView {
        reviews = List.copyOf(reviews);
    }

    @JsonProperty
    public ClaimVerdict verdict() {
        return reviews.isEmpty() ? computed.verdict() : reviews.get(reviews.size() - 1).verdict();
    }

    /** A lawyer's word: {@code overridden} when the verdict differs from the one computed at the time. */
    public record Review(boolean overridden, ClaimVerdict computedVerdict, ClaimVerdict verdict, String reason,
            Instant recordedAt, String recordedBy) {
    }
}
