package org.assemblyportal.casefile;

import java.nio.file.Path;

/** A finished case file: where it is, its size, and the ledger prefix it covers (size, Merkle root, head). */
public record CaseFileResult(Path path, long bytes, long ledgerSize, String root, String head) {
}
