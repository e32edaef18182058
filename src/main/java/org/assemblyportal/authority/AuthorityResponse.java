package org.assemblyportal.authority;

import static org.assemblyportal.evidence.LedgerEvent.micros;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One response of the authority, as recorded: never changed or deleted. {@code @Immutable} makes
 * Hibernate ignore any change to a loaded response, and {@link AuthorityResponseRepository} offers no
 * update or delete. A correction is a new response naming the one it corrects.
 */
@Entity
@Immutable
@Table(name = "authority_response")
class AuthorityResponse {

    static final int DOCUMENT_NUMBER_MAX = 100;
    static final int SIGNATORY_MAX = 200;
    static final int CONDITIONS_MAX = 5000;
    static final int REASON_MAX = 20000;
    static final int CODE_MAX = 40;

    @Id
    private UUID id;
    @Column(name = "case_id", nullable = false)
    private UUID caseId;
    @Column(name = "filing_id", nullable = false)
    private UUID filingId;
    @Column(name = "filing_sequence", nullable = false)
    private int filingSequence;
    @Column(name = "corrects_id")
    private UUID corrects;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;
    @Column(name = "received_zone", nullable = false, length = 64)
    private String receivedZone;
    @Column(name = "decision_date")
    private LocalDate decisionDate;
    @Column(nullable = false, length = CODE_MAX)
    private String channel;
    @Column(name = "document_number", length = DOCUMENT_NUMBER_MAX)
    private String documentNumber;
    @Column(length = SIGNATORY_MAX)
    private String signatory;
    @Column(nullable = false, length = CODE_MAX)
    private String outcome;
    @Column(length = CONDITIONS_MAX)
    private String conditions;
    @Column(name = "reason_text", length = REASON_MAX)
    private String reasonText;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false)
    private UUID recordedBy;
    @ElementCollection
    @CollectionTable(name = "authority_response_ground", joinColumns = @JoinColumn(name = "response_id"))
    @OrderColumn(name = "ground_index")
    @Column(name = "code", nullable = false, length = CODE_MAX)
    private List<String> grounds = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "authority_response_file", joinColumns = @JoinColumn(name = "response_id"))
    @OrderColumn(name = "file_index")
    private List<ResponseAttachment> files = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "authority_response_condition", joinColumns = @JoinColumn(name = "response_id"))
    @OrderColumn(name = "condition_index")
    @Column(name = "code", nullable = false, length = CODE_MAX)
    private List<String> conditionCodes = new ArrayList<>();

    protected AuthorityResponse() {
    }

    /**
     * A response to filing {@code filingSequence} ({@code filingId}), or a correction of the response
     * {@code corrects} (else null); the report has been checked.
     */
    AuthorityResponse(UUID caseId, UUID filingId, int filingSequence, UUID corrects, NewResponse reported,
            ZonedDateTime receivedAt, List<ResponseAttachment> files, Instant recordedAt, UUID recordedBy) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.filingId = filingId;
        this.filingSequence = filingSequence;
        this.corrects = corrects;
        this.receivedAt = micros(receivedAt.toInstant());
        this.receivedZone = receivedAt.getZone().getId();
        this.decisionDate = reported.decisionDate();
        this.channel = reported.channel();
        this.documentNumber = reported.documentNumber();
        this.signatory = reported.signatory();
        this.outcome = reported.outcome();
        this.grounds = new ArrayList<>(reported.grounds());
        this.conditions = reported.conditions();
        this.conditionCodes = new ArrayList<>(reported.conditionCodes());
        this.reasonText = reported.reasonText();
        this.files = new ArrayList<>(files);
        this.recordedAt = micros(recordedAt);
        this.recordedBy = recordedBy;
    }

    UUID id() {
        return id;
    }

    int filingSequence() {
        return filingSequence;
    }

    UUID recordedBy() {
        return recordedBy;
    }

    ZonedDateTime receivedAt() {
        return receivedAt.atZone(ZoneId.of(receivedZone));
    }

    UUID caseId() {
        return caseId;
    }

    AuthorityLedger.ResponsePayload ledgerPayload() {
        return new AuthorityLedger.ResponsePayload(1, id, filingId, filingSequence, corrects,
                micros(receivedAt), receivedZone, decisionDate, channel, documentNumber, signatory,
                outcome, List.copyOf(grounds), conditions, List.copyOf(conditionCodes), reasonText,
                micros(recordedAt), files.stream().map(ResponseAttachment::file).toList());
    }

    ResponseView view(String recordedByName) {
        return new ResponseView(id, caseId, filingId, filingSequence, corrects, receivedAt(), receivedZone, decisionDate,
                channel, documentNumber, signatory, outcome, grounds, conditions, reasonText, recordedAt, recordedByName,
                files.stream().map(ResponseAttachment::view).toList(), conditionCodes);
    }
}
