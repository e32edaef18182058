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
    PDF("application/pdf", "PDF"),
    MP4("video/mp4", "MP4"),
    QUICKTIME("video/quicktime", "MOV"),
    THREE_GPP("video/3gpp", "3GP"),
    WEBM("video/webm", "WebM"),
    MATROSKA("video/x-matroska", "MKV"),
    M4A("audio/mp4", "M4A"),
    MP3("audio/mpeg", "MP3"),
    OGG("audio/ogg", "Ogg"),
    WAV("audio/wav", "WAV"),
    AMR("audio/amr", "AMR"),
    AMR_WB("audio/amr-wb", "AMR-WB");

    /**
     * Enough bytes for every signature below: ISO BMFF brands end at byte 12, but the document type
     * that tells WebM from Matroska sits inside the EBML header, usually before byte 40.
     */
    static final int SIGNATURE_LENGTH = 64;

    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF_SIGNATURE = {'%', 'P', 'D', 'F', '-'};
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis");
    private static final Set<String> HEIF_BRANDS = Set.of("mif1", "msf1");
    /** Major brands of MP4 files as phones and cameras write them (Android: isom, mp42; DJI, GoPro: avc1). */
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42",
            "avc1", "mmp4", "MSNV", "dash", "XAVC", "f4v ");
    private static final Set<String> M4A_BRANDS = Set.of("M4A ", "M4B ");
    private static final String QUICKTIME_BRAND = "qt  ";
    private static final byte[] EBML_SIGNATURE = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};
    private static final byte[] EBML_DOC_TYPE = {0x42, (byte) 0x82};
    private static final byte[] OGG_SIGNATURE = {'O', 'g', 'g', 'S'};
    private static final byte[] ID3_SIGNATURE = {'I', 'D', '3'};
    private static final byte[] AMR_SIGNATURE = {'#', '!', 'A', 'M', 'R', '\n'};
    private static final byte[] AMR_WB_SIGNATURE = {'#', '!', 'A', 'M', 'R', '-', 'W', 'B', '\n'};

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

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }

    public boolean isVideo() {
        return mediaType.startsWith("video/");
    }

    public boolean isAudio() {
        return mediaType.startsWith("audio/");
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
        if (length >= 12 && ascii(head, 0, 4).equals("RIFF")) {
            var form = ascii(head, 8, 4);
            if (form.equals("WEBP")) {
                return Optional.of(WEBP);
            }
            if (form.equals("WAVE")) {
                return Optional.of(WAV);
            }
            return Optional.empty();
        }
        // HEIC, HEIF, MP4, MOV, 3GP and M4A are ISO base media files: a box size, "ftyp", then the major brand.
        if (length >= 12 && ascii(head, 4, 4).equals("ftyp")) {
            return isoMediaType(ascii(head, 8, 4));
        }
        if (startsWith(head, length, EBML_SIGNATURE)) {
            return ebmlDocType(head, length);
        }
        if (startsWith(head, length, OGG_SIGNATURE)) {
            return Optional.of(OGG);
        }
        if (startsWith(head, length, AMR_SIGNATURE)) {
            return Optional.of(AMR);
        }
        if (startsWith(head, length, AMR_WB_SIGNATURE)) {
            return Optional.of(AMR_WB);
        }
        if (startsWith(head, length, ID3_SIGNATURE) || mpegAudioLayer3Frame(head, length)) {
            return Optional.of(MP3);
        }
        return Optional.empty();
    }

    private static Optional<ContentType> isoMediaType(String brand) {
        if (HEIC_BRANDS.contains(brand)) {
            return Optional.of(HEIC);
        }
        if (HEIF_BRANDS.contains(brand)) {
            return Optional.of(HEIF);
        }
        if (MP4_BRANDS.contains(brand)) {
            return Optional.of(MP4);
        }
        if (M4A_BRANDS.contains(brand)) {
            return Optional.of(M4A);
        }
        if (brand.equals(QUICKTIME_BRAND)) {
            return Optional.of(QUICKTIME);
        }
        // 3gp4, 3gp5, 3gp6, 3gg6, 3ge6, ... and 3GPP2's 3g2a, 3g2b.
        if (brand.startsWith("3g")) {
            return Optional.of(THREE_GPP);
        }
        return Optional.empty();
    }

    /**
     * An EBML header is a list of elements; its DocType element (ID 0x4282) says "webm" or
     * "matroska". The size that follows the ID is a variable-length integer; phones write it in one byte.
     */
    private static Optional<ContentType> ebmlDocType(byte[] head, int length) {
        for (int i = EBML_SIGNATURE.length; i + 2 < length; i++) {
            if (head[i] == EBML_DOC_TYPE[0] && head[i + 1] == EBML_DOC_TYPE[1] && (head[i + 2] & 0x80) != 0) {
                var size = head[i + 2] & 0x7F;
                if (i + 3 + size > length) {
                    return Optional.empty();
                }
                var docType = ascii(head, i + 3, size);
                if (docType.equals("webm")) {
                    return Optional.of(WEBM);
                }
                if (docType.equals("matroska")) {
                    return Optional.of(MATROSKA);
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * An MP3 without an ID3 tag starts with a frame header: eleven set sync bits, an MPEG version
     * other than "reserved", layer III, and a bit rate and sample rate that are not the invalid values.
     * (JPEG's FF D8 fails the sync bits; AAC's ADTS FF F1 says layer 0.)
     */
    private static boolean mpegAudioLayer3Frame(byte[] head, int length) {
        if (length < 4 || (head[0] & 0xFF) != 0xFF || (head[1] & 0xE0) != 0xE0) {
            return false;
        }
        var version = (head[1] >> 3) & 0x03;
        var layer = (head[1] >> 1) & 0x03;
        var bitrate = (head[2] >> 4) & 0x0F;
        var sampleRate = (head[2] >> 2) & 0x03;
        return version != 0x01 && layer == 0x01 && bitrate != 0x0F && sampleRate != 0x03;
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
