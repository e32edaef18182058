package org.assemblyportal.casefile;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file the caller produced for the case file: {@code dossier.pdf}, {@code data/…} or
 * {@code published/…}. {@code size} is -1 when not known in advance (it then only feeds progress).
 */
public record ExtraEntry(String path, long size, ByteSource bytes) {

    private static final Pattern ALLOWED =
            Pattern.compile("dossier\\.pdf|(data|published)/[A-Za-z0-9_-][A-Za-z0-9._-]*");

    public ExtraEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        if (!ALLOWED.matcher(path).matches()) {
            throw new IllegalArgumentException("A case file has no place for " + path);
        }
    }

    public static ExtraEntry of(String path, byte[] bytes) {
        return new ExtraEntry(path, bytes.length, ByteSource.of(bytes));
    }
}
