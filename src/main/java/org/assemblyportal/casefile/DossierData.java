package org.assemblyportal.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Everything {@code dossier.pdf} prints, as plain values in the document's language {@code lang}
 * (kk, ru or en): texts such as a kind, a category, a decision or a verdict arrive already
 * translated; the dossier adds only its own labels. Moments are instants printed in the
 * jurisdiction's {@code zone}; legal dates are local dates. A null field is not printed at all,
 * label included, and an empty list prints as "none".
 * <p>
 * A {@code redacted} dossier is for publication: the data arrives redacted (decision 017), and it
 * may not carry the organizer's name.
 */
public record DossierData(String lang, ZoneId zone, Summary summary, Ledger ledger, List<TimelineItem> timeline,
        List<Filing> filings, List<Response> responses, List<Finding> findings, List<Claim> claims,
        List<Observation> observations, List<Exhibit> exhibits) {

    public static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public DossierData {
        if (!LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("A dossier is written in kk, ru or en, not " + lang);
        }
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(ledger, "ledger");
        timeline = List.copyOf(timeline);
        filings = List.copyOf(filings);
        responses = List.copyOf(responses);
        findings = List.copyOf(findings);
        claims = List.copyOf(claims);
        observations = List.copyOf(observations);
        exhibits = List.copyOf(exhibits);
    }

    public Locale locale() {
        return Locale.forLanguageTag(lang);
    }

    public boolean redacted() {
        return summary.redacted();
    }

    /**
     * The cover. {@code organizer} is null when the case names none and always in a redacted
     * dossier; {@code plannedDate}, {@code jurisdiction} and {@code status} are null when unknown.
     */
    public record Summary(UUID caseId, String caseReference, String title, String jurisdiction, LocalDate plannedDate,
            String organizer, String status, Instant exportedAt, boolean redacted) {

        public Summary {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(exportedAt, "exportedAt");
            // A redacted dossier is published: a name slipping through here would out a person.
            if (redacted && organizer != null) {
                throw new IllegalArgumentException("A redacted dossier names no organizer");
            }
        }
    }

    /** The ledger the export covers: its size (entries) and the RFC 6962 root over them, 64 hex digits. */
    public record Ledger(long size, String root) {

        public Ledger {
            requireSha256(root, "ledger root");
            if (size < 0) {
                throw new IllegalArgumentException("A ledger has no negative size");
            }
        }
    }

    /** One line of the timeline. An {@code allDay} item (a deadline) prints its date without a time. */
    public record TimelineItem(Instant at, boolean allDay, String kind, String summary) {

        public TimelineItem {
            Objects.requireNonNull(at, "at");
        }
    }

    /** A notification or application as filed; {@code number} is the authority's registration number if any. */
    public record Filing(int sequence, String form, LocalDate registered, String number, LocalDate authorityDue,
            List<String> segments) {

        public Filing {
            segments = List.copyOf(segments);
        }
    }

    /** An answer of the authority; {@code reason} is printed word for word, line breaks kept. */
    public record Response(int filingSequence, String decision, LocalDate decisionDate, Instant receivedAt,
            String documentNumber, String reason) {
    }

    /** A way the authority did not keep to its rules; {@code citation} names the legal source. */
    public record Finding(String title, String explanation, String citation) {
    }

    /**
     * A stated claim and its test: {@code verdict} is the one the case stands on (the latest review's
     * if a lawyer reviewed it), {@code review} the lawyer's word or null.
     */
    public record Claim(String type, String where, String when, String quote, String verdict,
            List<Coverage> coverage, Review review) {

        public Claim {
            coverage = List.copyOf(coverage);
        }
    }

    /** How one segment of a claim was covered: observed at all, by how many monitors, first and last seen. */
    public record Coverage(String segment, boolean observed, int monitors, Instant firstSeen, Instant lastSeen,
            String verdict) {
    }

    /** A lawyer's confirmation or override of the computed verdict. */
    public record Review(String verdict, boolean overridden, String reason, Instant recordedAt) {
    }

    /**
     * One version of an observation. {@code monitor} is a pseudonym, never a name; {@code retractionReason}
     * is set on a retraction; {@code thumbnail} holds JPEG bytes or null (video, sound, no preview yet).
     */
    public record Observation(Instant at, String segment, String category, String facts, String assessment,
            String monitor, Location location, int version, String retractionReason, byte[] thumbnail) {

        public Observation {
            Objects.requireNonNull(at, "at");
            thumbnail = thumbnail == null ? null : thumbnail.clone();
        }

        @Override
        public byte[] thumbnail() {
            return thumbnail == null ? null : thumbnail.clone();
        }

        public boolean retracted() {
            return retractionReason != null;
        }
    }

    /** Degrees, WGS 84; rounded already in a redacted dossier. */
    public record Location(double latitude, double longitude) {
    }

    /** A file of the case: where it is in the ZIP ({@code originals/…}), or null when withheld. */
    public record Exhibit(String name, String mediaType, long size, String sha256, String zipPath) {

        public Exhibit {
            Objects.requireNonNull(name, "name");
            requireSha256(sha256, "exhibit SHA-256");
        }

        public boolean withheld() {
            return zipPath == null;
        }
    }

    private static void requireSha256(String hex, String what) {
        if (hex == null || !SHA256.matcher(hex).matches()) {
            throw new IllegalArgumentException("The " + what + " is 64 lower-case hex digits");
        }
    }
}
