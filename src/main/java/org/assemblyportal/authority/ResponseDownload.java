package org.assemblyportal.authority;

import java.io.InputStream;

/** A response file's original bytes, as stored; the caller closes the stream. */
public record ResponseDownload(ResponseFile file, InputStream content) {
}
