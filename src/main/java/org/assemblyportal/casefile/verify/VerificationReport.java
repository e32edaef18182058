package org.assemblyportal.casefile.verify;

import java.io.PrintStream;
import java.util.List;

/**
 * What {@link CaseFileVerifier} found: one line per check, and every break with where it is (a path
 * in the ZIP, with the ledger seq when it concerns an entry) and what differs. {@code readable} is
 * false when the file could not be read as a case file at all.
 */
public record VerificationReport(String file, boolean readable, List<Check> checks, List<Break> breaks) {

    public static final int ALL_HOLD = 0;
    public static final int BROKEN = 1;
    public static final int NOT_A_CASE_FILE = 2;
    private static final int PRINTED_BREAKS = 200;

    public VerificationReport {
        checks = List.copyOf(checks);
        breaks = List.copyOf(breaks);
    }

    /** One check and whether it held. */
    public record Check(String name, boolean passed, String detail) {
    }

    /**
     * One thing that does not hold. {@code check} is the check that found it, {@code where} the ZIP
     * path (and {@code seq n} for a ledger entry), {@code expected}/{@code actual} the values that differ
     * (empty when there are none to show).
     */
    public record Break(String check, String where, String what, String expected, String actual) {

        public String describe() {
            String text = where + ": " + what;
            if (!expected.isEmpty() || !actual.isEmpty()) {
                text += " (expected " + expected + ", found " + actual + ")";
            }
            return text;
        }
    }

    public boolean holds() {
        return readable && breaks.isEmpty();
    }

    /** 0 when everything holds, 1 when something is broken, 2 when this is not a readable case file. */
    public int exitCode() {
        if (!readable) {
            return NOT_A_CASE_FILE;
        }
        return breaks.isEmpty() ? ALL_HOLD : BROKEN;
    }

    public void print(PrintStream out) {
        out.println("Case file: " + file);
        for (Check check : checks) {
            out.printf("%s  %-11s %s%n", check.passed() ? "PASS" : "FAIL", check.name(), check.detail());
        }
        if (!breaks.isEmpty()) {
            out.println();
            out.println("Breaks (" + breaks.size() + "):");
            breaks.stream().limit(PRINTED_BREAKS).forEach(b -> out.println("  " + b.describe()));
            if (breaks.size() > PRINTED_BREAKS) {
                out.println("  ... and " + (breaks.size() - PRINTED_BREAKS) + " more");
            }
        }
        out.println();
        out.println(switch (exitCode()) {
            case ALL_HOLD -> "Result: every check holds.";
            case BROKEN -> "Result: BROKEN. This case file is not as it was exported.";
            default -> "Result: this file cannot be read as a case file.";
        });
    }
}
