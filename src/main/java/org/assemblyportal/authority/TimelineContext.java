package org.assemblyportal.authority;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.FilingView;
import org.assemblyportal.authority.ComplianceService.FilingFindings;
import org.assemblyportal.jurisdiction.Jurisdiction;

/**
 * What the sources of one timeline share: the case, its jurisdiction, the moment the timeline is
 * made, and the answers of the services several sources need, each asked at most once.
 */
public final class TimelineContext {

    private final CaseDetails details;
    private final Jurisdiction jurisdiction;
    private final Instant now;
    private final Supplier<List<FilingView>> filings;
    private final Supplier<List<ResponseView>> responses;
    private final Supplier<List<FilingFindings>> findings;

    TimelineContext(CaseDetails details, Jurisdiction jurisdiction, Instant now, Supplier<List<FilingView>> filings,
            Supplier<List<ResponseView>> responses, Supplier<List<FilingFindings>> findings) {
        this.details = details;
        this.jurisdiction = jurisdiction;
        this.now = now;
        this.filings = once(filings);
        this.responses = once(responses);
        this.findings = once(findings);
    }

    public UUID caseId() {
        return details.id();
    }

    public CaseDetails details() {
        return details;
    }

    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    public ZoneId zone() {
        return jurisdiction.summary().zone();
    }

    public Instant now() {
        return now;
    }

    /** The case's filings, the original first. */
    public List<FilingView> filings() {
        return filings.get();
    }

    /** The case's responses in the order they arrived. */
    public List<ResponseView> responses() {
        return responses.get();
    }

    /** The compliance findings and the authority's due date, filing by filing. */
    public List<FilingFindings> findings() {
        return findings.get();
    }

    private static <T> Supplier<T> once(Supplier<T> source) {
        return new Supplier<>() {
            private T value;
            private boolean fetched;

            @Override
            public T get() {
                if (!fetched) {
                    value = source.get();
                    fetched = true;
                }
                return value;
            }
        };
    }
}
