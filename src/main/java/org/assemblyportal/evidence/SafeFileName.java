package org.assemblyportal.evidence;

import java.text.Normalizer;

/**
 * Turns the name a sender declared into one that is safe to store as metadata and to show or offer
 * as a download name. It is never used as a path: blobs are stored under their hash.
 */
final class SafeFileName {

    static final int MAX_LENGTH = 120;
    static final String UNNAMED = "unnamed";

    private SafeFileName() {
    }

    static String of(String declared) {
        if (declared == null) {
            return UNNAMED;
        }
        var name = Normalizer.normalize(declared, Normalizer.Form.NFC);
        // Browsers and tools send "C:\Users\..\scan.pdf" or "../../etc/passwd": keep the last part only.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        var kept = new StringBuilder(name.length());
        name.codePoints().filter(SafeFileName::printable).forEach(kept::appendCodePoint);
        // Leading dots would hide the file on Unix or make "..": neither is a name.
        var cleaned = kept.toString().strip().replaceFirst("^\\.+", "").strip();
        if (cleaned.isEmpty()) {
            return UNNAMED;
        }
        return shorten(cleaned);
    }

    /**
     * Control characters break headers and logs; format characters such as U+202E (right-to-left
     * override) make a name ending in gpj.exe display as if it ended in exe.jpg.
     */
    private static boolean printable(int codePoint) {
        var type = Character.getType(codePoint);
        return !Character.isISOControl(codePoint) && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.PRIVATE_USE && type != Character.UNASSIGNED
                && codePoint != '"' && codePoint != ':' && codePoint != '*' && codePoint != '?'
                && codePoint != '<' && codePoint != '>' && codePoint != '|';
    }

    /** Cuts long names in the middle of the stem so that the extension stays visible. */
    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        var dot = name.lastIndexOf('.');
        var extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        var stem = name.substring(0, name.length() - extension.length());
        var keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        return stem.substring(0, stem.offsetByCodePoints(0, keep)) + extension;
    }
}
