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

    private SampleFiles() {
    }
}
