package org.assemblyportal.authority;

import org.springframework.core.io.InputStreamSource;

/**
 * One file that came with a response (a scan of the letter, the e-mail printed to PDF, a photo of
 * the SMS): the name the sender gave it and where to read its bytes; it is read exactly once.
 */
public record ResponseUpload(String declaredName, InputStreamSource content) {
}
