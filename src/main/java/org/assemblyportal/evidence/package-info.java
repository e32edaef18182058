/**
 * Evidence bytes: a content-addressed store where every original is kept once under its SHA-256,
 * computed while it arrives, and never changed afterwards. Features keep the hash and metadata in
 * their own tables and read the bytes back through {@link org.assemblyportal.evidence.BlobStore}.
 * Each case also has an append-only, hash-chained ledger ({@link org.assemblyportal.evidence.CaseLedger},
 * decision 016) that features append to in their own transactions, and that
 * {@link org.assemblyportal.evidence.LedgerVerifier} checks against their records and the stored files.
 */
@ApplicationModule(displayName = "Evidence", allowedDependencies = {"base"})
package org.assemblyportal.evidence;

import org.springframework.modulith.ApplicationModule;
