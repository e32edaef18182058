package org.assemblyportal.evidence;

/**
 * An original as the store holds it: its SHA-256 (lower-case hex, the same text {@code sha256sum}
 * prints), its size in bytes, the media type read from its content, and a name safe to show.
 */
public record StoredBlob(String sha256, long size, String mediaType, String safeName) {
}
