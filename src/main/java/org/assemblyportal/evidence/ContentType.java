package org.assemblyportal.evidence;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file the portal can recognise from their first bytes. The type is decided by the
 * content alone: a declared name or Content-Type header is whatever the sender claims.
 */
public enum ContentType {
    JPEG("image/jpeg", "JPEG"),
    PNG("image/png", "PNG"),
    WEBP("image/webp", "WebP"),
    HEIC("image/heic", "HEIC"),
    HEIF("image/heif", "HEIF"),
    PDF("application/pdf", "PDF");

    /** Enough bytes for every signature below (ISO BMFF brands end at byte 12). */
    static final int SIGNATURE_LENGTH = 12;

    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF_SIGNATURE = {'%', 'P', 'D', 'F', '-'};
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis");
    private static final Set<String> HEIF_BRANDS = Set.of("mif1", "msf1");

    private final String mediaType;
    private final String label;

    ContentType(String mediaType, String label) {
        this.mediaType = mediaType;
        this.label = label;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The name people know the format by, for messages such as "allowed: JPEG, PNG, PDF". */
    public String label() {
        return label;
    }

    public static Optional<ContentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }

    /** The type whose signature the first bytes carry, if any; {@code length} may be short. */
    static Optional<ContentType> detect(byte[] head, int length) {
        if (startsWith(head, length, JPEG_SIGNATURE)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, length, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, length, PDF_SIGNATURE)) {
            return Optional.of(PDF);
        }
        if (length >= 12 && ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        // HEIC and HEIF are ISO base media files: a box size, "ftyp", then the major brand.
        if (length >= 12 && ascii(head, 4, 4).equals("ftyp")) {
            var brand = ascii(head, 8, 4);
            if (HEIC_BRANDS.contains(brand)) {
                return Optional.of(HEIC);
            }
            if (HEIF_BRANDS.contains(brand)) {
                return Optional.of(HEIF);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, int length, byte[] signature) {
        if (length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] bytes, int from, int count) {
        return new String(bytes, from, count, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
