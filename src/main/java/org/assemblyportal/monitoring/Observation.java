package org.assemblyportal.monitoring;

import static org.assemblyportal.evidence.LedgerEvent.micros;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/**
 * One version of an observation, as received: never changed or deleted. {@code @Immutable} makes
 * Hibernate ignore any change to a loaded row and {@link ObservationRepository} offers no update or
 * delete. A correction or a retraction is a new row naming the one it supersedes.
 */
@Entity
@Immutable
@Table(name = "observation")
class Observation implements Persistable<UUID> {

    static final int LANDMARK_MAX = 1000;
    static final int TEXT_MAX = 20000;
    static final int SIGNAGE_MAX = 2000;
    static final int PERMIT_MAX = 200;
    static final int REASON_MAX = 5000;
    private static final double E7 = 1e7;

    @Id
    private UUID id;
    /** Set by the database on insert: the order of receipt, also within one clock tick. */
    @Column(insertable = false, updatable = false)
    private Long position;
    @Column(name = "case_id", nullable = false)
    private UUID caseId;
    @Column(name = "client_id", nullable = false)
    private UUID clientId;
    @Column(name = "chain_id", nullable = false)
    private UUID chainId;
    @Column(nullable = false)
    private int version;
    @Column(name = "supersedes_id")
    private UUID supersedes;
    @Column(name = "content_sha256", nullable = false, length = 64)
    private String contentSha256;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ObservationCategory category;
    @Column(name = "segment_number")
    private Integer segment;
    @Column(name = "device_time", nullable = false)
    private Instant deviceTime;
    @Column(name = "device_offset", nullable = false, length = 8)
    private String deviceOffset;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;
    @Column(name = "latitude_e7")
    private Integer latitudeE7;
    @Column(name = "longitude_e7")
    private Integer longitudeE7;
    @Column(name = "accuracy_cm")
    private Integer accuracyCm;
    @Column(length = LANDMARK_MAX)
    private String landmark;
    @Column(nullable = false, length = TEXT_MAX)
    private String facts;
    @Column(length = TEXT_MAX)
    private String assessment;
    private Integer participants;
    @Column(name = "police_officers")
    private Integer policeOfficers;
    private Integer vehicles;
    private Integer detainees;
    @Enumerated(EnumType.STRING)
    @Column(name = "obstacle_type", length = 40)
    private ObstacleType obstacleType;
    @Column(name = "obstacle_length_cm")
    private Integer obstacleLengthCm;
    @Column(name = "obstacle_blocked_percent")
    private Integer obstacleBlockedPercent;
    @Column(name = "obstacle_passable")
    private Boolean obstaclePassable;
    @Column(name = "obstacle_workers_present")
    private Boolean obstacleWorkersPresent;
    @Column(name = "obstacle_work_in_progress")
    private Boolean obstacleWorkInProgress;
    @Column(name = "obstacle_signage", length = SIGNAGE_MAX)
    private String obstacleSignage;
    @Column(name = "obstacle_permit", length = PERMIT_MAX)
    private String obstaclePermit;
    @Column(length = TEXT_MAX)
    private String policing;
    @Column(name = "claim_id")
    private UUID claimId;
    @Enumerated(EnumType.STRING)
    @Column(name = "claim_assessment", length = 20)
    private ClaimAssessment claimAssessment;
    @Enumerated(EnumType.STRING)
    @Column(name = "claim_confidence", length = 20)
    private Confidence claimConfidence;
    @Column(name = "retraction_reason", length = REASON_MAX)
    private String retractionReason;
    @Column(name = "recorded_by", nullable = false)
    private UUID recordedBy;
    /** True until stored: ids are made here, so Spring Data would otherwise look the row up before inserting it. */
    @Transient
    private boolean fresh;

    protected Observation() {
    }

    /**
     * A version of an observation of the case: the first ({@code previous} null) or one superseding
     * {@code previous}, as a correction or, with a {@code retractionReason}, a retraction. The content has
     * been checked and normalized.
     */
    Observation(UUID caseId, Observation previous, NewObservation content, String contentSha256,
            String retractionReason, Instant receivedAt, UUID recordedBy) {
        this.id = UUID.randomUUID();
        this.fresh = true;
        this.caseId = caseId;
        this.clientId = content.clientId();
        this.chainId = previous == null ? id : previous.chainId;
        this.version = previous == null ? 1 : previous.version + 1;
        this.supersedes = previous == null ? null : previous.id;
        this.contentSha256 = contentSha256;
        this.category = content.category();
        this.segment = content.segment();
        this.deviceTime = micros(content.deviceTime().toInstant());
        this.deviceOffset = content.deviceTime().getOffset().getId();
        this.receivedAt = micros(receivedAt);
        var location = content.location();
        if (location != null) {
            this.latitudeE7 = (int) Math.round(location.latitude() * E7);
            this.longitudeE7 = (int) Math.round(location.longitude() * E7);
            this.accuracyCm = centimetres(location.accuracyMetres());
        }
        this.landmark = content.landmark();
        this.facts = content.facts();
        this.assessment = content.assessment();
        var counts = content.counts();
        this.participants = counts.participants();
        this.policeOfficers = counts.policeOfficers();
        this.vehicles = counts.vehicles();
        this.detainees = counts.detainees();
        var obstacle = content.obstacle();
        if (obstacle != null) {
            this.obstacleType = obstacle.type();
            this.obstacleLengthCm = centimetres(obstacle.lengthMetres());
            this.obstacleBlockedPercent = obstacle.carriagewayBlockedPercent();
            this.obstaclePassable = obstacle.passable();
            this.obstacleWorkersPresent = obstacle.workersPresent();
            this.obstacleWorkInProgress = obstacle.workInProgress();
            this.obstacleSignage = obstacle.signage();
            this.obstaclePermit = obstacle.permitNumber();
        }
        this.policing = content.policing();
        var test = content.claimTest();
        if (test != null) {
            this.claimId = test.claimId();
            this.claimAssessment = test.assessment();
            this.claimConfidence = test.confidence();
        }
        this.retractionReason = retractionReason;
        this.recordedBy = recordedBy;
    }

    private static Integer centimetres(Double metres) {
        return metres == null ? null : (int) Math.round(metres * 100);
    }

    private static Double metres(Integer centimetres) {
        return centimetres == null ? null : centimetres / 100.0;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    UUID id() {
        return id;
    }

    UUID caseId() {
        return caseId;
    }

    UUID clientId() {
        return clientId;
    }

    UUID chainId() {
        return chainId;
    }

    UUID supersedes() {
        return supersedes;
    }

    Integer segment() {
        return segment;
    }

    String contentSha256() {
        return contentSha256;
    }

    boolean retracted() {
        return retractionReason != null;
    }

    UUID recordedBy() {
        return recordedBy;
    }

    MonitoringLedger.ObservationPayload ledgerPayload() {
        var counts = new MonitoringLedger.CountsEntry(participants, policeOfficers, vehicles, detainees);
        var obstacle = obstacleType == null ? null
                : new MonitoringLedger.ObstacleEntry(obstacleType, obstacleLengthCm, obstacleBlockedPercent,
                        obstaclePassable, obstacleWorkersPresent, obstacleWorkInProgress, obstacleSignage, obstaclePermit);
        var test = claimId == null ? null : new MonitoringLedger.ClaimTestEntry(claimId, claimAssessment, claimConfidence);
        return new MonitoringLedger.ObservationPayload(1, id, clientId, chainId, version, supersedes, contentSha256,
                category, segment, micros(deviceTime), deviceOffset, micros(receivedAt),
                latitudeE7, longitudeE7, accuracyCm, landmark, facts, assessment, counts, obstacle, policing, test,
                retractionReason);
    }

    /** The content of this version, as it would be sent to correct it (with a new client id). */
    NewObservation content(UUID clientId) {
        var location = latitudeE7 == null ? null
                : new Location(latitudeE7 / E7, longitudeE7 / E7, metres(accuracyCm));
        var obstacle = obstacleType == null ? null
                : new ObstacleDetails(obstacleType, metres(obstacleLengthCm), obstacleBlockedPercent, obstaclePassable,
                        obstacleWorkersPresent, obstacleWorkInProgress, obstacleSignage, obstaclePermit);
        var test = claimId == null ? null : new ClaimTest(claimId, claimAssessment, claimConfidence);
        return new NewObservation(clientId, category, segment,
                OffsetDateTime.ofInstant(deviceTime, ZoneOffset.of(deviceOffset)), location, landmark, facts,
                assessment, new Counts(participants, policeOfficers, vehicles, detainees), obstacle, policing, test);
    }

    ObservationView view(String segmentName, String recordedByName, List<ObservationView.Media> media) {
        var content = content(clientId);
        return new ObservationView(id, caseId, clientId, chainId, version, supersedes, category, segment, segmentName,
                content.deviceTime(), receivedAt, content.location(), landmark, facts, assessment, content.counts(),
                content.obstacle(), policing, content.claimTest(), retractionReason, recordedByName, media);
    }
}
