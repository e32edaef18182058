package org.assemblyportal.monitoring;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assemblyportal.assembly.MembershipIds;
import org.assemblyportal.evidence.LedgerEvent;
import org.assemblyportal.evidence.LedgerFile;
import org.assemblyportal.evidence.LedgerSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the monitoring module describes its records in the case ledger (decision 016). Each kind's
 * payload is built by one method of its entity ({@code ledgerPayload(...)}), used both when the
 * service appends the event and by the kind's {@link LedgerSource}, so that the two cannot drift
 * apart. The records below are part of the evidence format: change one only by adding a new
 * {@code v}. Monitors are never named by user id or name: the entry's actor is the case's pseudonym
 * for whoever recorded it, and a segment's assigned monitors are named by their memberships of the case.
 */
final class MonitoringLedger {

    static final String OBSERVATION = "observation";
    static final String MEDIA = "media";
    static final String PLAN_SEGMENT = "plan-segment";
    static final String WALK = "walk";
    static final String CLAIM_REVIEW = "claim-review";

    private MonitoringLedger() {
    }

    record CountsEntry(Integer participants, Integer policeOfficers, Integer vehicles, Integer detainees) {
    }

    record ObstacleEntry(ObstacleType type, Integer lengthCm, Integer blockedPercent, Boolean passable,
            Boolean workersPresent, Boolean workInProgress, String signage, String permit) {
    }

    record ClaimTestEntry(UUID claim, ClaimAssessment assessment, Confidence confidence) {
    }

    /**
     * One version of an observation as stored, its details included; coordinates and lengths in the
     * integers the database keeps (1e-7 degrees, centimetres), so nothing is lost to rounding.
     */
    record ObservationPayload(int v, UUID id, UUID clientId, UUID chain, int version, UUID supersedes,
            String contentSha256, ObservationCategory category, Integer segment, Instant deviceTime,
            String deviceOffset, Instant receivedAt, Integer latitudeE7, Integer longitudeE7, Integer accuracyCm,
            String landmark, String facts, String assessment, CountsEntry counts, ObstacleEntry obstacle,
            String policing, ClaimTestEntry claimTest, String retractionReason) {
    }

    /** A file attached to an observation, with the capture metadata read from it. */
    record MediaPayload(int v, UUID id, UUID observation, UUID chain, Instant addedAt, String capturedLocal,
            String capturedOffset, Integer latitudeE7, Integer longitudeE7, Integer altitudeCm, String deviceMake,
            String deviceModel, Integer width, Integer height, Long durationMillis, Integer orientation,
            List<LedgerFile> files) {
    }

    record WaypointEntry(String name, Integer latitudeE7, Integer longitudeE7, String angle) {
    }

    /**
     * One saved state of a plan segment; {@code monitors} names those assigned by their memberships of the
     * case ({@link MembershipIds}: the subject {@code membership/<id>}), never by user id or name.
     */
    record PlanSegmentPayload(int v, UUID id, int number, String name, String geojson, String notes,
            List<WaypointEntry> waypoints, List<UUID> monitors, Instant revisedAt) {
    }

    /** A walk as scheduled and, once called off, when ({@code cancelledAt}). */
    record WalkPayload(int v, UUID id, String name, Instant plannedAt, String plannedZone, List<Integer> segments,
            Instant scheduledAt, Instant cancelledAt) {
    }

    record ClaimReviewPayload(int v, UUID id, UUID claim, ClaimTestReview.Decision decision,
            ClaimVerdict computedVerdict, ClaimVerdict verdict, String reason, Instant recordedAt) {
    }

    static LedgerEvent event(Observation observation) {
        var type = observation.retracted() ? "retracted" : observation.supersedes() == null ? "recorded" : "corrected";
        return new LedgerEvent(observation.caseId(), OBSERVATION + "." + type,
                LedgerEvent.subject(OBSERVATION, observation.id()), observation.recordedBy(),
                observation.ledgerPayload());
    }

    static LedgerEvent event(UUID caseId, ObservationMedia media) {
        return new LedgerEvent(caseId, MEDIA + ".added", LedgerEvent.subject(MEDIA, media.getId()), media.addedBy(),
                media.ledgerPayload());
    }

    static LedgerEvent event(UUID caseId, PlanSegmentRevision revision, Map<UUID, UUID> memberships) {
        return new LedgerEvent(caseId, PLAN_SEGMENT + ".revised", LedgerEvent.subject(PLAN_SEGMENT, revision.id()),
                revision.revisedBy(), revision.ledgerPayload(memberships));
    }

    static LedgerEvent scheduled(PlanWalk walk) {
        return new LedgerEvent(walk.caseId(), WALK + ".scheduled", LedgerEvent.subject(WALK, walk.id()),
                walk.scheduledBy(), walk.ledgerPayload(null));
    }

    static LedgerEvent cancelled(PlanWalk walk, PlanWalkCancellation cancellation) {
        return new LedgerEvent(walk.caseId(), WALK + ".cancelled", LedgerEvent.subject(WALK, walk.id()),
                cancellation.cancelledBy(), walk.ledgerPayload(cancellation));
    }

    static LedgerEvent event(ClaimTestReview review) {
        return new LedgerEvent(review.caseId(), CLAIM_REVIEW + ".recorded",
                LedgerEvent.subject(CLAIM_REVIEW, review.id()), review.recordedBy(), review.ledgerPayload());
    }

    @Component
    static class Observations implements LedgerSource {

        private final ObservationRepository observations;

        Observations(ObservationRepository observations) {
            this.observations = observations;
        }

        @Override
        public String kind() {
            return OBSERVATION;
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, Object> currentPayloads(UUID caseId) {
            var result = new LinkedHashMap<String, Object>();
            observations.findAllVersionsByCaseId(caseId)
                    .forEach(o -> result.put(LedgerEvent.subject(OBSERVATION, o.id()), o.ledgerPayload()));
            return result;
        }
    }

    @Component
    static class Media implements LedgerSource {

        private final ObservationMediaRepository media;

        Media(ObservationMediaRepository media) {
            this.media = media;
        }

        @Override
        public String kind() {
            return MEDIA;
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, Object> currentPayloads(UUID caseId) {
            var result = new LinkedHashMap<String, Object>();
            media.findByCaseId(caseId)
                    .forEach(m -> result.put(LedgerEvent.subject(MEDIA, m.getId()), m.ledgerPayload()));
            return result;
        }
    }

    @Component
    static class PlanSegments implements LedgerSource {

        private final PlanSegmentRevisionRepository revisions;
        private final MembershipIds memberships;

        PlanSegments(PlanSegmentRevisionRepository revisions, MembershipIds memberships) {
            this.revisions = revisions;
            this.memberships = memberships;
        }

        @Override
        public String kind() {
            return PLAN_SEGMENT;
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, Object> currentPayloads(UUID caseId) {
            var result = new LinkedHashMap<String, Object>();
            var byUser = memberships.byUser(caseId);
            revisions.findByCaseIdOrderByPositionAsc(caseId).forEach(r -> result.put(
                    LedgerEvent.subject(PLAN_SEGMENT, r.id()), r.ledgerPayload(byUser)));
            return result;
        }
    }

    @Component
    static class Walks implements LedgerSource {

        private final PlanWalkRepository walks;
        private final PlanWalkCancellationRepository cancellations;

        Walks(PlanWalkRepository walks, PlanWalkCancellationRepository cancellations) {
            this.walks = walks;
            this.cancellations = cancellations;
        }

        @Override
        public String kind() {
            return WALK;
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, Object> currentPayloads(UUID caseId) {
            var list = walks.findByCaseIdOrderByPlannedAtAscPositionAsc(caseId);
            var cancelled = new HashMap<UUID, PlanWalkCancellation>();
            if (!list.isEmpty()) {
                cancellations.findByWalkIdIn(list.stream().map(PlanWalk::id).toList())
                        .forEach(c -> cancelled.put(c.walkId(), c));
            }
            var result = new LinkedHashMap<String, Object>();
            list.forEach(w -> result.put(LedgerEvent.subject(WALK, w.id()), w.ledgerPayload(cancelled.get(w.id()))));
            return result;
        }
    }

    @Component
    static class ClaimReviews implements LedgerSource {

        private final ClaimTestReviewRepository reviews;

        ClaimReviews(ClaimTestReviewRepository reviews) {
            this.reviews = reviews;
        }

        @Override
        public String kind() {
            return CLAIM_REVIEW;
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, Object> currentPayloads(UUID caseId) {
            var result = new LinkedHashMap<String, Object>();
            reviews.findByCaseIdOrderByPosition(caseId)
                    .forEach(r -> result.put(LedgerEvent.subject(CLAIM_REVIEW, r.id()), r.ledgerPayload()));
            return result;
        }
    }
}
