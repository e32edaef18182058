package org.assemblyportal.assembly;

import java.io.InputStream;

/** A proof's original bytes, as stored; the caller closes the stream. */
public record ProofDownload(ProofFile file, InputStream content) {
}
