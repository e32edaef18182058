package org.assemblyportal.monitoring;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One stored version of an observation. Versions of one observation share {@code chainId} (the id of
 * the first) and are numbered from 1; {@code supersedes} names the version this one replaces (null for
 * the first). A retraction is a version of its own with a {@code retractionReason}, carrying on the
 * content it retracts. {@code segmentName} is "from – to" of the filed route's segment.
 * {@code deviceTime} is the phone's clock, {@code receivedAt} the server's. {@code recordedBy} is the
 * display name of the monitor who sent this version.
 */
public record ObservationView(UUID id, UUID caseId, UUID clientId, UUID chainId, int version, UUID supersedes,
        ObservationCategory category, Integer segment, String segmentName, OffsetDateTime deviceTime,
        Instant receivedAt, Location location, String landmark, String facts, String assessment, Counts counts,
        ObstacleDetails obstacle, String policing, ClaimTest claimTest, String retractionReason, String recordedBy,
        List<Media> media) {

    public ObservationView {
        media = List.copyOf(media);
    }

    @JsonProperty
    public boolean retracted() {
        return retractionReason != null;
    }

    /**
     * MEDIA GO HERE: a photo, video or audio file attached to the observation, stored in the evidence
     * store under its SHA-256. The list is empty until media uploads are built (issue 7, item 3); that
     * work fills this record and the list.
     */
    public record Media(String sha256, String mediaType, long sizeBytes) {
    }
}
