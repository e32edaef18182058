package org.assemblyportal.assembly;

import static org.assemblyportal.evidence.LedgerEvent.micros;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A proof file added to a filing after it was recorded. It names its filing; the filing is not
 * touched. Like the filing, it is never changed or deleted.
 */
@Entity
@Immutable
@Table(name = "filing_later_proof")
class LaterProof {

    @Id
    private UUID id;
    @Column(name = "filing_id", nullable = false)
    private UUID filingId;
    @Column(name = "case_id", nullable = false)
    private UUID caseId;
    @Embedded
    private FilingProof proof;
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;
    @Column(name = "added_by", nullable = false)
    private UUID addedBy;

    protected LaterProof() {
    }

    LaterProof(UUID filingId, UUID caseId, FilingProof proof, Instant addedAt, UUID addedBy) {
        this.id = UUID.randomUUID();
        this.filingId = filingId;
        this.caseId = caseId;
        this.proof = proof;
        this.addedAt = micros(addedAt);
        this.addedBy = addedBy;
    }

    UUID id() {
        return id;
    }

    UUID caseId() {
        return caseId;
    }

    Instant addedAt() {
        return addedAt;
    }

    UUID filingId() {
        return filingId;
    }

    FilingProof proof() {
        return proof;
    }

    UUID addedBy() {
        return addedBy;
    }

    LaterProofFile view(String addedByName) {
        return new LaterProofFile(proof.view(), addedAt, addedByName);
    }
}
