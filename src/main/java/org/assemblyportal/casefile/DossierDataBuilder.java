package org.assemblyportal.casefile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assemblyportal.assembly.ApplicationData;
import org.assemblyportal.assembly.FilingView;
import org.assemblyportal.assembly.RouteSegment;
import org.assemblyportal.authority.ComplianceService.FilingFindings;
import org.assemblyportal.base.i18n.LegalDates;
import org.assemblyportal.base.i18n.Translator;
import org.assemblyportal.monitoring.ClaimTestResult.SegmentResult;
import org.assemblyportal.monitoring.ClaimTestView;
import org.assemblyportal.monitoring.ClaimVerdict;
import org.assemblyportal.monitoring.ObservationView;

/**
 * Turns a case read through its services into the plain, translated values of {@link DossierData}.
 * Monitors appear in the dossier only as pseudonyms, in both variants: the dossier is read by the
 * other side too, and a court that needs a witness gets the name from the full data files.
 */
final class DossierDataBuilder {

    private final Translator translator;
    private final Locale locale;
    private final String lang;

    DossierDataBuilder(Translator translator, String lang) {
        this.translator = translator;
        this.lang = lang;
        this.locale = Locale.forLanguageTag(lang);
    }

    DossierData build(CaseSnapshot snapshot, Redaction redaction, Instant exportedAt, long ledgerSize, String ledgerRoot,
            List<DossierData.Exhibit> exhibits, Function<ObservationView, byte[]> thumbnails) {
        var details = snapshot.details();
        var zone = snapshot.jurisdiction().summary().zone();
        var latestFiling = snapshot.filings().isEmpty() ? null : snapshot.filings().get(snapshot.filings().size() - 1);
        var summary = new DossierData.Summary(details.id(),
                latestFiling == null ? null : latestFiling.registrationNumber(), details.title(),
                snapshot.jurisdiction().summary().names().getOrDefault(lang, details.jurisdictionCode()),
                details.plannedDate(), redaction.active() ? null : organizers(latestFiling), status(snapshot),
                exportedAt, redaction.active());
        var monitors = Redaction.forPublication();
        return new DossierData(lang, zone, summary, new DossierData.Ledger(ledgerSize, ledgerRoot), timeline(snapshot),
                filings(snapshot), responses(snapshot), findings(snapshot), claims(snapshot),
                observations(snapshot, redaction, monitors, thumbnails), exhibits);
    }

    private String organizers(FilingView filing) {
        if (filing == null || filing.snapshot() == null || filing.snapshot().organizers().isEmpty()) {
            return null;
        }
        var names = filing.snapshot().organizers().stream().map(ApplicationData.Organizer::name)
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
        return names.isBlank() ? null : names;
    }

    private String status(CaseSnapshot snapshot) {
        if (snapshot.responses().isEmpty()) {
            return null;
        }
        var latest = snapshot.responses().get(snapshot.responses().size() - 1);
        return outcome(snapshot, latest.outcome());
    }

    private String outcome(CaseSnapshot snapshot, String code) {
        return snapshot.jurisdiction().outcomes().stream().filter(r -> r.code().equals(code)).findFirst()
                .map(r -> r.label(locale)).orElse(code);
    }

    private List<DossierData.TimelineItem> timeline(CaseSnapshot snapshot) {
        return snapshot.timeline().stream().map(entry -> new DossierData.TimelineItem(entry.at(), entry.allDay(),
                t(entry.kind().messageKey()), t(entry.titleKey(), entry.titleArguments().toArray())
                        + (entry.detail() == null ? "" : " " + entry.detail())))
                .toList();
    }

    private List<DossierData.Filing> filings(CaseSnapshot snapshot) {
        Map<Integer, FilingFindings> findings = snapshot.findings().stream()
                .collect(Collectors.toMap(FilingFindings::filingSequence, f -> f, (a, b) -> a));
        return snapshot.filings().stream().map(filing -> {
            var data = filing.snapshot();
            var form = data == null || data.form() == null ? null : t("form." + kebab(data.form().name()));
            var due = findings.get(filing.sequence());
            return new DossierData.Filing(filing.sequence(), form,
                    filing.registeredAt() == null ? null : filing.registeredAt().toLocalDate(),
                    filing.registrationNumber(), due == null ? null : due.dueDate(), segments(data));
        }).toList();
    }

    /** Numbered as claims and observations number them: {@link RouteSegment#of}, unnamed waypoints skipped. */
    private static List<String> segments(ApplicationData data) {
        if (data == null) {
            return List.of();
        }
        var segments = RouteSegment.of(data.route());
        if (segments.isEmpty()) {
            return data.place() == null ? List.of() : List.of(data.place());
        }
        return segments.stream().map(DossierDataBuilder::segment).toList();
    }

    private static String segment(RouteSegment segment) {
        return segment.number() + ". " + segment.name();
    }

    private List<DossierData.Response> responses(CaseSnapshot snapshot) {
        return snapshot.responses().stream().map(r -> new DossierData.Response(r.filingSequence(),
                outcome(snapshot, r.outcome()), r.decisionDate(), r.receivedAt() == null ? null : r.receivedAt().toInstant(),
                r.documentNumber(), r.reasonText())).toList();
    }

    private List<DossierData.Finding> findings(CaseSnapshot snapshot) {
        var findings = new ArrayList<DossierData.Finding>();
        for (var filing : snapshot.findings()) {
            for (var finding : filing.standing()) {
                var cited = finding.citations().stream().map(c -> c.text(locale)).collect(Collectors.joining("; "));
                findings.add(new DossierData.Finding(t("dossier.filing", filing.filingSequence()),
                        t(finding.messageKey(), finding.arguments().toArray()), cited.isBlank() ? null : cited));
            }
        }
        return findings;
    }

    private List<DossierData.Claim> claims(CaseSnapshot snapshot) {
        return snapshot.claimTests().stream().map(test -> {
            var claim = test.claim();
            var where = claim.place() != null ? claim.place()
                    : claim.segments().stream().map(DossierDataBuilder::segment).collect(Collectors.joining("; "));
            var when = claim.windowStart() == null ? null
                    : LegalDates.longDateTime(claim.windowStart().toLocalDateTime(), locale) + (claim.windowEnd() == null
                            ? "" : " – " + LegalDates.longDateTime(claim.windowEnd().toLocalDateTime(), locale));
            var coverage = test.computed().segments().stream().map(this::coverage).toList();
            var last = test.reviews().isEmpty() ? null : test.reviews().get(test.reviews().size() - 1);
            var review = last == null ? null
                    : new DossierData.Review(verdict(last.verdict()), last.overridden(), last.reason(), last.recordedAt());
            return new DossierData.Claim(t(claim.type().messageKey()), where, when, claim.quote(), verdict(test.verdict()),
                    coverage, review);
        }).toList();
    }

    private DossierData.Coverage coverage(SegmentResult segment) {
        return new DossierData.Coverage(segment.segment() + ". " + Objects.toString(segment.name(), ""),
                segment.verdict() != ClaimVerdict.NOT_COVERED, segment.monitors(), segment.firstSeen(), segment.lastSeen(),
                verdict(segment.verdict()));
    }

    private List<DossierData.Observation> observations(CaseSnapshot snapshot, Redaction redaction, Redaction monitors,
            Function<ObservationView, byte[]> thumbnails) {
        return snapshot.observations().stream().map(o -> {
            var location = o.location() == null || o.location().latitude() == null || o.location().longitude() == null
                    ? null : new DossierData.Location(redaction.coordinate(o.location().latitude()),
                            redaction.coordinate(o.location().longitude()));
            var segment = o.segment() == null ? null : o.segment() + (o.segmentName() == null ? "" : ". " + o.segmentName());
            var at = o.deviceTime() != null ? o.deviceTime().toInstant() : o.receivedAt();
            return new DossierData.Observation(at, segment, o.category() == null ? null : t(o.category().messageKey()),
                    o.facts(), o.assessment(), monitors.person(o.recordedBy()), location, o.version(), o.retractionReason(),
                    thumbnails.apply(o));
        }).toList();
    }

    private String verdict(ClaimVerdict verdict) {
        return verdict == null ? null : t(verdict.messageKey());
    }

    private String t(String key, Object... arguments) {
        return translator.translate(locale, key, arguments);
    }

    private static String kebab(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
