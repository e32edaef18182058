package org.assemblyportal.evidence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * What a photo, video or sound file says about its own capture, as the device recorded it: read
 * from the stored original (EXIF, XMP, QuickTime/MP4 atoms) and kept beside it, never written into
 * it. Every component is null when the file does not say. Nothing is corrected or guessed: a
 * device clock that was wrong stays wrong here, and the server's receipt time is recorded elsewhere.
 *
 * @param capturedAt  when it was taken, as the device's clock showed it (EXIF DateTimeOriginal;
 *                    for video the container's creation time, which is UTC)
 * @param capturedOffset the clock's offset from UTC, when the file records it (EXIF OffsetTimeOriginal)
 * @param latitude    degrees, north positive (WGS 84)
 * @param longitude   degrees, east positive
 * @param altitude    metres above sea level, negative below
 * @param make        the device maker, e.g. "Apple"
 * @param model       the device model, e.g. "iPhone 13"
 * @param width       pixels, as stored (before any orientation is applied)
 * @param height      pixels, as stored
 * @param duration    length of a video or sound recording
 * @param orientation EXIF orientation 1 to 8 (1: as stored; 6: turn 90° clockwise to view)
 */
public record CaptureMetadata(LocalDateTime capturedAt, ZoneOffset capturedOffset, Double latitude, Double longitude,
        Double altitude, String make, String model, Integer width, Integer height, Duration duration,
        Integer orientation) {

    private static final CaptureMetadata NONE = new CaptureMetadata(null, null, null, null, null, null, null, null,
            null, null, null);

    /** A file that says nothing about its capture, or could not be read. */
    public static CaptureMetadata none() {
        return NONE;
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The moment of capture, when the file gives both the clock time and its offset. */
    public Optional<Instant> capturedInstant() {
        return capturedAt == null || capturedOffset == null ? Optional.empty()
                : Optional.of(capturedAt.toInstant(capturedOffset));
    }

    public boolean hasLocation() {
        return latitude != null && longitude != null;
    }
}
