package org.assemblyportal.casefile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the bytes of one ZIP entry when the writer reaches it, so nothing is read before it is needed. */
@FunctionalInterface
public interface ByteSource {

    InputStream open() throws IOException;

    static ByteSource of(byte[] bytes) {
        byte[] copy = bytes.clone();
        return () -> new ByteArrayInputStream(copy);
    }

    static ByteSource of(Path file) {
        return () -> Files.newInputStream(file);
    }
}
