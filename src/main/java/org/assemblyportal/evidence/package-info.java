/**
 * Evidence bytes: a content-addressed store where every original is kept once under its SHA-256,
 * computed while it arrives, and never changed afterwards. Features keep the hash and metadata in
 * their own tables and read the bytes back through {@link org.assemblyportal.evidence.BlobStore}.
 */
@ApplicationModule(displayName = "Evidence", allowedDependencies = {"base"})
package org.assemblyportal.evidence;

import org.springframework.modulith.ApplicationModule;
