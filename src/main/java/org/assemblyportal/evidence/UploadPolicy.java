package org.assemblyportal.evidence;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What one feature accepts: the largest file in bytes and the content types it allows. */
public record UploadPolicy(long maxBytes, Set<ContentType> allowed) {

    private static final long MEGABYTE = 1024L * 1024L;

    /**
     * Monitors' photos, videos and sound recordings attached to observations: what phones produce,
     * up to 500 MB each (a few minutes of 4K video); no documents (ADR 012).
     */
    public static final UploadPolicy OBSERVATION_MEDIA = of(500, ContentType.JPEG, ContentType.PNG, ContentType.WEBP,
            ContentType.HEIC, ContentType.HEIF, ContentType.MP4, ContentType.QUICKTIME, ContentType.THREE_GPP,
            ContentType.WEBM, ContentType.MATROSKA, ContentType.M4A, ContentType.MP3, ContentType.OGG, ContentType.WAV,
            ContentType.AMR, ContentType.AMR_WB);

    public UploadPolicy {
        if (maxBytes <= 0 || allowed.isEmpty()) {
            throw new IllegalArgumentException("A policy needs a positive size limit and at least one type");
        }
        allowed = Set.copyOf(EnumSet.copyOf((Collection<ContentType>) allowed));
    }

    public static UploadPolicy of(int maxMegabytes, ContentType... allowed) {
        return new UploadPolicy(maxMegabytes * MEGABYTE, Set.of(allowed));
    }

    public long maxMegabytes() {
        return maxBytes / MEGABYTE;
    }

    /** "JPEG, PNG, PDF": in declaration order, so messages read the same every time. */
    public String allowedLabels() {
        return EnumSet.copyOf(allowed).stream().map(ContentType::label).collect(Collectors.joining(", "));
    }
}
