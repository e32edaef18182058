package org.assemblyportal.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One saved state of a draft, never changed afterwards. */
@Entity
@Table(name = "draft_revision")
class DraftRevision {

    @Id
    private UUID id;
    @Column(name = "draft_id", nullable = false)
    private UUID draftId;
    @Column(nullable = false)
    private int revision;
    @Column(nullable = false, length = ApplicationDraft.CONTENT_MAX)
    private String content;
    @Column(nullable = false, length = 64)
    private String sha256;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    protected DraftRevision() {
    }

    DraftRevision(UUID draftId, int revision, String content, String sha256, Instant createdAt, UUID createdBy) {
        this.id = UUID.randomUUID();
        this.draftId = draftId;
        this.revision = revision;
        this.content = content;
        this.sha256 = sha256;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    int revision() {
        return revision;
    }

    String content() {
        return content;
    }

    String sha256() {
        return sha256;
    }

    Instant createdAt() {
        return createdAt;
    }

    UUID createdBy() {
        return createdBy;
    }
}
