package org.assemblyportal.evidence;

/** A file an event brought into the case, as its payload lists it: hash, size, type and safe name. */
public record LedgerFile(String sha256, long size, String mediaType, String name) {

    public static LedgerFile of(StoredBlob blob) {
        return new LedgerFile(blob.sha256(), blob.size(), blob.mediaType(), blob.safeName());
    }
}
