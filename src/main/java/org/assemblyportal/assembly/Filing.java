package org.assemblyportal.assembly;

import static org.assemblyportal.evidence.LedgerEvent.micros;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.base.CanonicalJson;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One filing of a case, as recorded: never changed or deleted. {@code @Immutable} makes Hibernate
 * ignore any change to a loaded filing, and {@link FilingRepository} offers no update or delete.
 */
@Entity
@Immutable
@Table(name = "filing")
class Filing {

    static final int REGISTRATION_NUMBER_MAX = 100;

    @Id
    private UUID id;
    @Column(name = "case_id", nullable = false)
    private UUID caseId;
    @Column(name = "sequence_number", nullable = false)
    private int sequence;
    @Column(name = "amends_id")
    private UUID amends;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private FilingChannel channel;
    @Column(name = "registration_number", length = REGISTRATION_NUMBER_MAX)
    private String registrationNumber;
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;
    @Column(name = "registered_zone", nullable = false, length = 64)
    private String registeredZone;
    @Column(nullable = false, length = ApplicationDraft.CONTENT_MAX)
    private String snapshot;
    @Column(name = "snapshot_sha256", nullable = false, length = 64)
    private String snapshotSha256;
    @Column(name = "draft_revision", nullable = false)
    private int draftRevision;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false)
    private UUID recordedBy;
    @ElementCollection
    @CollectionTable(name = "filing_proof", joinColumns = @JoinColumn(name = "filing_id"))
    @OrderColumn(name = "file_index")
    private List<FilingProof> proofs = new ArrayList<>();

    protected Filing() {
    }

    /** The next filing of a case: the original when {@code previous} is null, else an amendment of it. */
    Filing(UUID caseId, Filing previous, NewFiling reported, ZonedDateTime registeredAt, FrozenDraft draft,
            List<FilingProof> proofs, Instant recordedAt, UUID recordedBy) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.sequence = previous == null ? 1 : previous.sequence + 1;
        this.amends = previous == null ? null : previous.id;
        this.channel = reported.channel();
        this.registrationNumber = reported.registrationNumber();
        this.registeredAt = micros(registeredAt.toInstant());
        this.registeredZone = registeredAt.getZone().getId();
        this.snapshot = draft.json();
        this.snapshotSha256 = draft.sha256();
        this.draftRevision = draft.revision();
        this.proofs = new ArrayList<>(proofs);
        this.recordedAt = micros(recordedAt);
        this.recordedBy = recordedBy;
    }

    /** The draft as it stood when filed: its canonical JSON, that text's SHA-256 and its revision. */
    record FrozenDraft(String json, String sha256, int revision) {
    }

    UUID id() {
        return id;
    }

    String snapshotSha256() {
        return snapshotSha256;
    }

    ZonedDateTime registeredAt() {
        return registeredAt.atZone(ZoneId.of(registeredZone));
    }

    UUID recordedBy() {
        return recordedBy;
    }

    ApplicationData snapshotData() {
        return CanonicalJson.read(snapshot, ApplicationData.class);
    }

    int sequence() {
        return sequence;
    }

    UUID caseId() {
        return caseId;
    }

    UUID amends() {
        return amends;
    }

    FilingChannel channel() {
        return channel;
    }

    String registrationNumber() {
        return registrationNumber;
    }

    Instant registeredInstant() {
        return registeredAt;
    }

    String registeredZone() {
        return registeredZone;
    }

    int draftRevision() {
        return draftRevision;
    }

    String snapshot() {
        return snapshot;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    List<FilingProof> proofs() {
        return List.copyOf(proofs);
    }

    FilingView view(String recordedByName, List<LaterProofFile> laterProofs) {
        return new FilingView(id, caseId, sequence, amends, channel, registrationNumber, registeredAt(), registeredZone,
                draftRevision, snapshotSha256, CanonicalJson.read(snapshot, ApplicationData.class),
                recordedAt, recordedByName, proofs.stream().map(FilingProof::view).toList(), laterProofs);
    }
}
