package org.assemblyportal.authority;

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
import org.hibernate.annotations.Immutable;

/**
 * One contact with the authority besides its formal responses, as recorded: never changed or
 * deleted. {@code @Immutable} makes Hibernate ignore any change to a loaded entry, and
 * {@link AuthorityCommunicationRepository} offers no update or delete. A correction is a new entry
 * naming the one it corrects.
 */
@Entity
@Immutable
@Table(name = "authority_communication")
class AuthorityCommunication {

    static final int PARTICIPANTS_MAX = NewCommunication.PARTICIPANTS_MAX;
    static final int SUMMARY_MAX = NewCommunication.SUMMARY_MAX;

    @Id
    private UUID id;
    @Column(name = "case_id", nullable = false)
    private UUID caseId;
    @Column(name = "corrects_id")
    private UUID corrects;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private CommunicationKind kind;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(name = "occurred_zone", nullable = false, length = 64)
    private String occurredZone;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CommunicationDirection direction;
    @Column(name = "authority_side", length = PARTICIPANTS_MAX)
    private String authorityParticipants;
    @Column(name = "our_side", length = PARTICIPANTS_MAX)
    private String ourParticipants;
    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false)
    private UUID recordedBy;
    @ElementCollection
    @CollectionTable(name = "authority_communication_file", joinColumns = @JoinColumn(name = "communication_id"))
    @OrderColumn(name = "file_index")
    private List<ResponseAttachment> files = new ArrayList<>();

    protected AuthorityCommunication() {
    }

    /** A contact of the case, or a correction of the entry {@code corrects} (else null); the report has been checked. */
    AuthorityCommunication(UUID caseId, UUID corrects, NewCommunication reported, ZonedDateTime occurredAt,
            List<ResponseAttachment> files, Instant recordedAt, UUID recordedBy) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.corrects = corrects;
        this.kind = reported.kind();
        this.occurredAt = micros(occurredAt.toInstant());
        this.occurredZone = occurredAt.getZone().getId();
        this.direction = reported.direction();
        this.authorityParticipants = reported.authorityParticipants();
        this.ourParticipants = reported.ourParticipants();
        this.summary = reported.summary();
        this.files = new ArrayList<>(files);
        this.recordedAt = micros(recordedAt);
        this.recordedBy = recordedBy;
    }

    UUID id() {
        return id;
    }

    UUID recordedBy() {
        return recordedBy;
    }

    UUID caseId() {
        return caseId;
    }

    AuthorityLedger.CommunicationPayload ledgerPayload() {
        return new AuthorityLedger.CommunicationPayload(1, id, corrects, kind, micros(occurredAt),
                occurredZone, direction, authorityParticipants, ourParticipants, summary,
                micros(recordedAt), files.stream().map(ResponseAttachment::file).toList());
    }

    CommunicationView view(String recordedByName) {
        return new CommunicationView(id, caseId, corrects, kind, occurredAt.atZone(ZoneId.of(occurredZone)), occurredZone,
                direction, authorityParticipants, ourParticipants, summary, recordedAt, recordedByName,
                files.stream().map(ResponseAttachment::view).toList());
    }
}
