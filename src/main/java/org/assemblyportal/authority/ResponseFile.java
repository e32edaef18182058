package org.assemblyportal.authority;

/** A stored file of a response: its SHA-256 names the original in the evidence store. */
public record ResponseFile(String sha256, String mediaType, long size, String name) {
}
