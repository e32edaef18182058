package org.assemblyportal.evidence;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Small real files for tests: each starts with the signature of its format. */
public final class SampleFiles {

    /** A valid 1×1 PNG: signature, IHDR, IDAT, IEND. */
    public static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d494844520000000100000001"
            + "08060000001f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082");
    public static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    /** The start of a Linux executable, and of a Windows one. */
    public static final byte[] ELF = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    public static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};

    /** Phones' video and audio, each cut to the header that tells its type (ISO BMFF, EBML, RIFF, ...). */
    public static final byte[] MP4 = HexFormat.of().parseHex("00000018" + hex("ftypmp42") + "00000000" + hex("isommp42")
            + "00000008" + hex("mdat"));
    public static final byte[] MOV = HexFormat.of().parseHex("00000014" + hex("ftypqt  ") + "00000000" + hex("qt  ")
            + "00000008" + hex("wide"));
    public static final byte[] THREE_GP = HexFormat.of().parseHex("00000018" + hex("ftyp3gp4") + "00000000"
            + hex("isom3gp4"));
    public static final byte[] M4A = HexFormat.of().parseHex("0000001c" + hex("ftypM4A ") + "00000000"
            + hex("M4A mp42isom") + "00000000");
    /** EBML header: version 1, read version 1, max ID length 4, max size length 8, DocType "webm". */
    public static final byte[] WEBM = HexFormat.of().parseHex("1a45dfa3" + "9f" + "4286810142f7810142f2810442f38108"
            + "4282" + "84" + hex("webm") + "428781044285810218538067");
    public static final byte[] MKV = HexFormat.of().parseHex("1a45dfa3" + "a3" + "4286810142f7810142f2810442f38108"
            + "4282" + "88" + hex("matroska") + "42878104428581021853806701");
    /** An MP3 that starts with an ID3v2.4 tag, and one that starts straight with an MPEG-1 layer III frame. */
    public static final byte[] MP3_ID3 = HexFormat.of().parseHex(hex("ID3") + "04000000000000" + "fffb9064");
    public static final byte[] MP3_FRAME = HexFormat.of().parseHex("fffb90640000000000000000");
    public static final byte[] OGG = HexFormat.of().parseHex(hex("OggS") + "0002000000000000000000000000");
    public static final byte[] WAV = HexFormat.of().parseHex(hex("RIFF") + "24000000" + hex("WAVEfmt ")
            + "10000000" + "0100" + "0100" + "401f0000" + "803e0000" + "0200" + "1000" + hex("data") + "00000000");
    public static final byte[] AMR = HexFormat.of().parseHex(hex("#!AMR\n") + "3c48f5");
    public static final byte[] AMR_WB = HexFormat.of().parseHex(hex("#!AMR-WB\n") + "04");

    private static String hex(String ascii) {
        return HexFormat.of().formatHex(ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    private SampleFiles() {
    }
}
