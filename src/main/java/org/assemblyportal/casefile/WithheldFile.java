package org.assemblyportal.casefile;

import java.util.Objects;
import org.assemblyportal.evidence.LedgerFile;

/** A file of the case left out of this export, listed in the manifest by hash only, with why. */
public record WithheldFile(LedgerFile file, String reason) {

    public WithheldFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }
}
