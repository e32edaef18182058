package org.assemblyportal.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.assemblyportal.evidence.StoredBlob;
import org.hibernate.annotations.Immutable;

/** "The preview of original X is blob Y": written once, when the background job has stored Y. */
@Entity
@Immutable
@Table(name = "media_thumbnail")
class MediaThumbnail {

    @Id
    @Column(name = "original_sha256", length = 64)
    private String originalSha256;
    @Column(name = "thumbnail_sha256", nullable = false, length = 64)
    private String thumbnailSha256;
    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    protected MediaThumbnail() {
    }

    MediaThumbnail(String originalSha256, StoredBlob thumbnail, Instant madeAt) {
        this.originalSha256 = originalSha256;
        this.thumbnailSha256 = thumbnail.sha256();
        this.mediaType = thumbnail.mediaType();
        this.sizeBytes = thumbnail.size();
        this.madeAt = madeAt;
    }

    String thumbnailSha256() {
        return thumbnailSha256;
    }

    String mediaType() {
        return mediaType;
    }

    long sizeBytes() {
        return sizeBytes;
    }
}
