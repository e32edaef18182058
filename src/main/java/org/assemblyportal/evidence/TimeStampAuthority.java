package org.assemblyportal.evidence;

import java.util.Optional;

/**
 * An RFC 3161 time-stamp authority that can vouch, independently of the portal, that a checkpoint existed
 * at a time (decision 016, "external time anchoring"). None is configured by default; when a bean of this
 * type exists, {@link CaseLedger#checkpoint} asks it to stamp the SHA-256 of the checkpoint's canonical
 * line {@code {"at","case","head","root","size"}} (what an export writes as {@code ledger/checkpoint.json})
 * and stores the token beside the checkpoint.
 */
public interface TimeStampAuthority {

    /**
     * The DER-encoded TimeStampToken over the given SHA-256 digest (32 bytes), or empty when the authority
     * could not be reached; a checkpoint without a token is still recorded.
     */
    Optional<byte[]> stamp(byte[] sha256);
}
