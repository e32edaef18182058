/**
 * Case files (decision 017): one ZIP per export with the originals byte for byte, the case ledger
 * (decision 016) with its Merkle root and inclusion proofs, a manifest, {@code SHA256SUMS} and a
 * walk-through for strangers; and the offline verifier in {@code verify}. The writer is plain Java
 * (no Spring, no database) fed by whoever gathers the content, so it runs and tests fast.
 */
@ApplicationModule(displayName = "Case files",
        allowedDependencies = {"base", "evidence", "pdf", "security", "assembly", "authority", "monitoring",
                "jurisdiction"})
package org.assemblyportal.casefile;

import org.springframework.modulith.ApplicationModule;
