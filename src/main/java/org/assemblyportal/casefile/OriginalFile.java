package org.assemblyportal.casefile;

import java.util.Objects;
import org.assemblyportal.evidence.LedgerFile;

/**
 * An original evidence file to copy into {@code originals/} byte for byte; {@code file} is what the
 * ledger says it is (SHA-256, size, name), and the export fails if the bytes disagree.
 */
public record OriginalFile(LedgerFile file, ByteSource bytes) {

    public OriginalFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(bytes, "bytes");
    }
}
