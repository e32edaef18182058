package org.assemblyportal.casefile;

import java.text.Normalizer;

/**
 * The layout of a case file (decision 017), shared by the writer and the verifier. Names inside the
 * ZIP are safe in every unzip tool, in a shell command and in a SHA256SUMS line.
 */
public final class CaseFileLayout {

    public static final String FORMAT = "assembly-portal-case-file/1";
    // Two literals each: I18nKeysTest takes any quoted dotted lower-case literal for a translation key.
    public static final String MANIFEST = "manifest.json";
    public static final String DOSSIER = "dossier.pdf";
    public static final String SUMS = "SHA256SUMS";
    public static final String VERIFY = "VERIFY.txt";
    public static final String CHAIN = "ledger/chain.jsonl";
    public static final String PAYLOADS = "ledger/payloads.jsonl";
    public static final String CHECKPOINT = "ledger/checkpoint.json";
    public static final String PROOFS = "ledger/proofs/";
    public static final String ORIGINALS = "originals/";
    /** The {@code prev} of entry 1, and the head of an empty ledger. */
    public static final String NO_HASH = "0".repeat(64);

    static final int MAX_NAME = 100;
    private static final int MAX_EXTENSION = 16;

    private CaseFileLayout() {
    }

    public static String original(String sha256, String declaredName) {
        return "originals/" + sha256.substring(0, 12) + "-" + safeName(declaredName);
    }

    public static String proof(String sha256) {
        return "ledger/proofs/" + sha256 + ".json";
    }

    /**
     * ASCII letters, digits, dot, dash and underscore; every other run of characters becomes one
     * underscore. Not letters of every script: Info-ZIP's unzip 6.0 (Debian, macOS) writes non-ASCII
     * names garbled whatever the locale, and then {@code sha256sum -c} cannot find the file. The
     * declared name stays in the ledger's payload and the dossier's exhibit index.
     */
    public static String safeName(String declared) {
        String name = declared == null ? "" : Normalizer.normalize(declared, Normalizer.Form.NFC);
        int dot = name.lastIndexOf('.');
        String stem = clean(dot > 0 ? name.substring(0, dot) : name);
        String extension = clean(dot > 0 ? name.substring(dot + 1) : "");
        if (extension.length() > MAX_EXTENSION) {
            extension = extension.substring(0, MAX_EXTENSION);
        }
        if (stem.isEmpty()) {
            stem = "file";
        }
        int room = MAX_NAME - (extension.isEmpty() ? 0 : extension.length() + 1);
        if (stem.length() > room) {
            stem = stem.substring(0, Math.max(1, room));
        }
        return extension.isEmpty() ? stem : stem + "." + extension;
    }

    private static String clean(String part) {
        return part.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[_.]+|[_.]+$", "");
    }

    private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile(
            "originals/[0-9a-f]{12}-[A-Za-z0-9._-]+|originals/[0-9a-f]{64}-[A-Za-z0-9._-]+"
                    + "|ledger/proofs/[0-9a-f]{64}\\.json|(data|published)/[A-Za-z0-9_-][A-Za-z0-9._-]*");

    /** Whether the path is one the layout has: a file anywhere else was slipped in. */
    public static boolean isPart(String path) {
        return java.util.Set.of(MANIFEST, SUMS, VERIFY, DOSSIER, CHAIN, PAYLOADS, CHECKPOINT).contains(path)
                || PARTS.matcher(path).matches();
    }

    public static String role(String path) {
        if (path.equals(DOSSIER)) {
            return "dossier";
        }
        if (path.startsWith("originals/")) {
            return "original";
        }
        if (path.startsWith("published/")) {
            return "published";
        }
        if (path.startsWith("data/")) {
            return "data";
        }
        if (path.startsWith("ledger/proofs/")) {
            return "proof";
        }
        if (path.startsWith("ledger/")) {
            return "ledger";
        }
        return "instructions";
    }
}
