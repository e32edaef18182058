package org.assemblyportal.monitoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
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
     * A photo, video or sound file attached to the observation (ADR 012), stored in the evidence store
     * under its SHA-256 and listed with every version of the observation's chain: a correction keeps it.
     * {@code observationId} is the version it was attached to. The capture fields are what the file itself
     * says (EXIF, QuickTime), null when it does not: {@code capturedAt} as the device's clock showed it,
     * {@code capturedOffset} that clock's offset from UTC when the file records it, the position in
     * degrees (WGS 84), the device as "make model". {@code thumbnailSha256} names the preview (a JPEG blob
     * of its own) once the background job has made it; video and sound have none.
     */
    public record Media(String sha256, String mediaType, long sizeBytes, String name, UUID observationId,
            Instant addedAt, LocalDateTime capturedAt, ZoneOffset capturedOffset, Double latitude, Double longitude,
            String device, String thumbnailSha256) {

        /** The moment of capture, when the file gives both the clock time and its offset. */
        public Optional<OffsetDateTime> capturedAtWithOffset() {
            return capturedAt == null || capturedOffset == null ? Optional.empty()
                    : Optional.of(capturedAt.atOffset(capturedOffset));
        }

        @JsonIgnore
        public boolean hasLocation() {
            return latitude != null && longitude != null;
        }
    }
}
