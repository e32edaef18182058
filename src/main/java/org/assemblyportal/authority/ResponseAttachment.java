package org.assemblyportal.authority;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.assemblyportal.evidence.LedgerFile;
import org.assemblyportal.evidence.StoredBlob;

/** A response file's row: the metadata of an original kept in the evidence store. */
@Embeddable
class ResponseAttachment {

    @Column(nullable = false, length = 64)
    private String sha256;
    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;
    @Column(name = "size_bytes", nullable = false)
    private long size;
    @Column(name = "safe_name", nullable = false, length = 255)
    private String safeName;

    protected ResponseAttachment() {
    }

    ResponseAttachment(StoredBlob blob) {
        this.sha256 = blob.sha256();
        this.mediaType = blob.mediaType();
        this.size = blob.size();
        this.safeName = blob.safeName();
    }

    String sha256() {
        return sha256;
    }

    LedgerFile file() {
        return new LedgerFile(sha256, size, mediaType, safeName);
    }

    ResponseFile view() {
        return new ResponseFile(sha256, mediaType, size, safeName);
    }
}
