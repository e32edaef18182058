package org.assemblyportal.assembly;

import org.springframework.core.io.InputStreamSource;

/**
 * One proof file offered with a filing: what it shows, the name the sender gave it, and where to
 * read its bytes (a multipart file, a temporary file from a UI upload); it is read exactly once.
 */
public record ProofUpload(ProofKind kind, String declaredName, InputStreamSource content) {
}
