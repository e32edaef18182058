package org.assemblyportal.assembly;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.assemblyportal.evidence.LedgerFile;
import org.assemblyportal.evidence.StoredBlob;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A proof file's row: the metadata of an original kept in the evidence store. */
@Embeddable
class FilingProof {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ProofKind kind;
    @Column(nullable = false, length = 64)
    private String sha256;
    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;
    @Column(name = "size_bytes", nullable = false)
    private long size;
    @Column(name = "safe_name", nullable = false, length = 255)
    private String safeName;

    protected FilingProof() {
    }

    FilingProof(ProofKind kind, StoredBlob blob) {
        this.kind = kind;
        this.sha256 = blob.sha256();
        this.mediaType = blob.mediaType();
        this.size = blob.size();
        this.safeName = blob.safeName();
    }

    ProofKind kind() {
        return kind;
    }

    String sha256() {
        return sha256;
    }

    LedgerFile file() {
        return new LedgerFile(sha256, size, mediaType, safeName);
    }

    ProofFile view() {
        return new ProofFile(kind, sha256, mediaType, size, safeName);
    }
}
