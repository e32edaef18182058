package org.assemblyportal.assembly;

/** A stored proof of a filing: its SHA-256 names the original in the evidence store. */
public record ProofFile(ProofKind kind, String sha256, String mediaType, long size, String name) {
}
