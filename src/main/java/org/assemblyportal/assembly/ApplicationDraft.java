package org.assemblyportal.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The current state of a case's draft; its history is in {@link DraftRevision}. */
@Entity
@Table(name = "application_draft")
class ApplicationDraft {

    static final int CONTENT_MAX = 200_000;

    @Id
    private UUID id;
    @Column(name = "case_id", nullable = false, unique = true)
    private UUID caseId;
    @Column(nullable = false, length = CONTENT_MAX)
    private String content;
    @Column(nullable = false)
    private int revision;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    private UUID updatedBy;
    @Version
    private long version;

    protected ApplicationDraft() {
    }

    ApplicationDraft(UUID caseId) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
    }

    void replace(String content, Instant at, UUID by) {
        this.content = content;
        this.revision++;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    UUID id() {
        return id;
    }

    UUID caseId() {
        return caseId;
    }

    String content() {
        return content;
    }

    int revision() {
        return revision;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    UUID updatedBy() {
        return updatedBy;
    }

    long version() {
        return version;
    }
}
