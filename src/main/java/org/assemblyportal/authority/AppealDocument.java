package org.assemblyportal.authority;

import java.util.List;
import java.util.Locale;
import org.assemblyportal.jurisdiction.Citation;

/**
 * Everything the appeal pack shows, already resolved into text in its one language. Nothing here
 * depends on the UI locale or the clock, so the same case data always gives the same document.
 * Citations are numbered references ("[2] статья 13, пункт 1") into {@code sources}, in the pack's
 * language; nothing here warns about unverified sources (the screen does, before printing).
 *
 * @param dataSha256 the SHA-256 of the canonical JSON of the facts the pack was made from
 * @param citations every legal source the pack relies on, in order of first citation (the screen
 *        names the unverified ones before download)
 */
public record AppealDocument(Locale language, Wording wording, String caseReference, String dataSha256,
        String addressee, Line appealRoute, List<Line> caseFacts, List<Line> filings, List<Decision> decisions,
        List<Line> deadlines, List<Line> findings, List<ClaimLine> claims, List<Exhibit> exhibits,
        List<String> sources, List<Citation> citations) {

    public AppealDocument {
        citations = List.copyOf(citations);
        caseFacts = List.copyOf(caseFacts);
        filings = List.copyOf(filings);
        decisions = List.copyOf(decisions);
        deadlines = List.copyOf(deadlines);
        findings = List.copyOf(findings);
        claims = List.copyOf(claims);
        exhibits = List.copyOf(exhibits);
        sources = List.copyOf(sources);
    }

    /** The fixed text of the document. */
    public record Wording(String title, String addressee, String caseSection, String filingsSection,
            String decisionsSection, String deadlinesSection, String findingsSection, String claimsSection,
            String noClaims, String exhibitsSection, String noExhibits, String grounds, String conditions, String reason,
            String sources, String signatures, String nameAndRole, String signature, String date,
            String footer) {
    }

    /** A line of text with the reference to its legal source, if any. */
    public record Line(String text, String citation) {

        public static Line of(String text) {
            return new Line(text, null);
        }
    }

    /** One answer of the authority, not superseded by a correction; conditions and reason verbatim. */
    public record Decision(Line outcome, List<Line> facts, List<Line> grounds, String conditions, String reason) {

        public Decision {
            facts = List.copyOf(facts);
            grounds = List.copyOf(grounds);
        }
    }

    /** A file kept as evidence: its number in the pack, its name, what it is, and its full SHA-256. */
    public record Exhibit(String number, String name, String description, String sha256) {
    }
}
