package org.assemblyportal.authority;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assemblyportal.assembly.ApplicationData;
import org.assemblyportal.assembly.FilingView;
import org.assemblyportal.assembly.RouteSegment;
import org.assemblyportal.authority.AppealDocument.Decision;
import org.assemblyportal.authority.AppealDocument.Exhibit;
import org.assemblyportal.authority.AppealDocument.Line;
import org.assemblyportal.authority.ComplianceService.FilingFindings;
import org.assemblyportal.base.CanonicalJson;
import org.assemblyportal.base.i18n.LegalDates;
import org.assemblyportal.base.i18n.MessageKey;
import org.assemblyportal.jurisdiction.Citation;
import org.assemblyportal.jurisdiction.DeadlineResult.AppealDue;
import org.assemblyportal.jurisdiction.Jurisdiction;
import org.assemblyportal.jurisdiction.LabeledRule;
import org.springframework.context.MessageSource;

/**
 * Resolves a case's filings, the authority's decisions, the compliance findings, the deadlines and
 * the stated claims into the text of the appeal pack in one language. Pure: no Spring context, no
 * database, no clock; what the authority wrote is carried over verbatim.
 */
final class AppealDocumentBuilder {

    private final MessageSource messages;

    AppealDocumentBuilder(MessageSource messages) {
        this.messages = messages;
    }

    /** What the pack is made from; {@code appealDues} maps a response id to its appeal deadline, if any. */
    record Facts(String title, LocalDate plannedDate, Jurisdiction jurisdiction, List<FilingView> filings,
            List<ResponseView> responses, List<FilingFindings> findings, Map<UUID, AppealDue> appealDues,
            List<ClaimView> claims, String caseReference) {

        Facts {
            filings = List.copyOf(filings);
            responses = List.copyOf(responses);
            findings = List.copyOf(findings);
            appealDues = Map.copyOf(appealDues);
            claims = List.copyOf(claims);
        }

        /** The day of the assembly as last filed, else as the case gives it. */
        LocalDate plannedDay() {
            return filings.stream().max(Comparator.comparingInt(FilingView::sequence)).map(f -> f.snapshot().start())
                    .filter(Objects::nonNull).map(java.time.LocalDateTime::toLocalDate).orElse(plannedDate);
        }

        /** The claims that stand: every one not corrected by a later claim, in the order they were recorded. */
        List<ClaimView> standingClaims() {
            var corrected = claims.stream().map(ClaimView::corrects).filter(Objects::nonNull).collect(Collectors.toSet());
            return claims.stream().filter(c -> !corrected.contains(c.id())).toList();
        }

        /** The responses that stand: every one not corrected by a later entry, in the order they arrived. */
        List<ResponseView> decisions() {
            var corrected = responses.stream().map(ResponseView::corrects).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            return responses.stream().filter(r -> !corrected.contains(r.id()))
                    .sorted(Comparator.comparing(ResponseView::receivedAt)).toList();
        }
    }

    AppealDocument build(Facts facts, Locale language) {
        var text = new Text(messages, language);
        var sources = new Sources(language);
        var jurisdiction = facts.jurisdiction();
        var appeal = jurisdiction.appeal();
        var addressee = appeal == null ? text.get("pdf.appeal.no-route") : appeal.body(language);
        var route = appeal == null ? Line.of(text.get("pdf.appeal.no-route"))
                : new Line(text.get("pdf.appeal.route", appeal.body(language)), sources.ref(appeal.citation()));
        var decisions = facts.decisions();
        var wording = new AppealDocument.Wording(text.get("pdf.appeal.title"), text.get("pdf.application.addressee"),
                text.get("pdf.appeal.case"), text.get("pdf.appeal.filings"), text.get("pdf.appeal.decisions"),
                text.get("pdf.appeal.deadlines"), text.get("pdf.appeal.findings"), text.get("pdf.appeal.claims"),
                text.get("pdf.appeal.no-claims"), text.get("pdf.appeal.exhibits"), text.get("pdf.appeal.no-exhibits"),
                text.get("pdf.appeal.grounds"),
                text.get("pdf.appeal.conditions"), text.get("pdf.appeal.reason"),
                text.get("pdf.application.sources"), text.get("pdf.appeal.signatures"), text.get("pdf.appeal.name-and-role"),
                text.get("pdf.application.signature"), text.get("pdf.application.date"), text.get("pdf.appeal.footer"));
        var caseFacts = caseFacts(facts, text);
        var filings = facts.filings().stream().map(f -> Line.of(text.get("pdf.appeal.filing", f.sequence(),
                text.dateTime(f.registeredAt()), orNotGiven(f.registrationNumber(), text),
                text.get(f.channel().messageKey())))).toList();
        var decisionBlocks = decisions.stream().map(r -> decision(r, jurisdiction, text, sources)).toList();
        var deadlines = deadlines(facts, decisions, text, sources);
        var findings = new ArrayList<Line>();
        for (var filing : facts.findings()) {
            for (var finding : filing.findings()) {
                var arguments = MessageKey.resolve(finding.arguments().toArray(),
                        key -> messages.getMessage(key, null, language), language);
                var cited = finding.citations().stream().map(sources::ref).collect(Collectors.joining("; "));
                findings.add(new Line(text.get("pdf.appeal.finding", filing.filingSequence(),
                        messages.getMessage(finding.messageKey(), arguments, language)), cited.isEmpty() ? null : cited));
            }
        }
        if (findings.isEmpty()) {
            findings.add(Line.of(text.get("compliance.none")));
        }
        return new AppealDocument(language, wording, facts.caseReference(), dataSha256(facts, decisions), addressee, route,
                caseFacts, filings, decisionBlocks, deadlines, findings, claimLines(facts, text), exhibits(facts, text),
                sources.list(), sources.cited());
    }

    private List<Line> caseFacts(Facts facts, Text text) {
        var lines = new ArrayList<Line>();
        lines.add(Line.of(text.get("pdf.appeal.case-title", facts.title())));
        lines.add(Line.of(text.get("pdf.appeal.reference", facts.caseReference())));
        lines.add(Line.of(text.get("pdf.appeal.jurisdiction", facts.jurisdiction().summary().name(text.language()))));
        var latest = facts.filings().stream().max(Comparator.comparingInt(FilingView::sequence))
                .map(FilingView::snapshot).orElse(ApplicationData.empty());
        if (latest.form() != null) {
            lines.add(Line.of(text.get("pdf.appeal.form", text.get(latest.form().messageKey()))));
        }
        if (latest.start() != null) {
            var end = latest.end() == null ? ""
                    : " – " + (latest.end().toLocalDate().equals(latest.start().toLocalDate())
                            ? latest.end().toLocalTime().toString() : text.dateTime(latest.end()));
            lines.add(Line.of(text.get("pdf.appeal.planned", text.dateTime(latest.start()) + end)));
        } else if (facts.plannedDate() != null) {
            lines.add(Line.of(text.get("pdf.appeal.planned", text.date(facts.plannedDate()))));
        }
        if (latest.place() != null && !latest.place().isBlank()) {
            lines.add(Line.of(text.get("pdf.application.place") + ": " + latest.place()));
        }
        if (!latest.route().isEmpty()) {
            var points = new ArrayList<String>();
            for (var i = 0; i < latest.route().size(); i++) {
                points.add((i + 1) + ". " + Objects.toString(latest.route().get(i).name(), ""));
            }
            lines.add(Line.of(text.get("pdf.application.route") + ": " + String.join("; ", points)));
        }
        return lines;
    }

    private Decision decision(ResponseView response, Jurisdiction jurisdiction, Text text, Sources sources) {
        var outcomeRule = rule(jurisdiction.outcomes(), response.outcome());
        var outcome = outcomeRule.map(r -> line(text.get("pdf.appeal.outcome", r.label(text.language()),
                response.filingSequence()), r.citation(), sources))
                .orElse(Line.of(text.get("pdf.appeal.outcome", response.outcome(), response.filingSequence())));
        var facts = new ArrayList<Line>();
        facts.add(Line.of(text.get("pdf.appeal.received", text.dateTime(response.receivedAt()),
                channel(jurisdiction, response.channel(), text))));
        facts.add(Line.of(text.get("pdf.appeal.decision-date",
                response.decisionDate() == null ? text.get("pdf.application.not-given") : text.date(response.decisionDate()))));
        facts.add(Line.of(text.get("pdf.appeal.document-number", orNotGiven(response.documentNumber(), text))));
        facts.add(Line.of(text.get("pdf.appeal.signatory", orNotGiven(response.signatory(), text))));
        var grounds = response.grounds().stream().map(code -> {
            if (ResponseService.GROUND_NOT_IN_LAW.equals(code)) {
                return Line.of(text.get("response.ground.not-in-law"));
            }
            return rule(jurisdiction.refusalGrounds(), code).map(r -> line(r.label(text.language()), r.citation(), sources))
                    .orElse(Line.of(code));
        }).toList();
        return new Decision(outcome, facts, grounds, response.conditions(), response.reasonText());
    }

    /** The authority's due date per filing, then the appeal route and its deadline per decision. */
    private List<Line> deadlines(Facts facts, List<ResponseView> decisions, Text text, Sources sources) {
        var lines = new ArrayList<Line>();
        for (var filing : facts.findings()) {
            lines.add(filing.dueDate() == null ? Line.of(text.get("compliance.no-deadline"))
                    : line(text.get("pdf.appeal.authority-due", filing.filingSequence(), text.date(filing.registeredOn()),
                            text.date(filing.dueDate())), filing.dueCitation(), sources));
        }
        var appeal = facts.jurisdiction().appeal();
        if (appeal == null) {
            lines.add(Line.of(text.get("pdf.appeal.no-route")));
            return lines;
        }
        if (appeal.deadline() == null) {
            lines.add(line(text.get("pdf.appeal.no-fixed-period"), appeal.citation(), sources));
        }
        for (var decision : decisions) {
            var due = facts.appealDues().get(decision.id());
            if (due != null) {
                var period = text.get(due.period().unit().countKey(), due.period().amount());
                lines.add(line(text.get("pdf.appeal.appeal-due", text.date(due.receivedOn()), text.date(due.lastDay()),
                        period), due.citation(), sources));
            }
        }
        if (appeal.concludedBeforeEvent()) {
            var day = facts.plannedDay();
            lines.add(line(day == null ? text.get("pdf.appeal.before-event-undated")
                    : text.get("pdf.appeal.before-event", text.date(day)), appeal.citation(), sources));
        }
        var note = appeal.note(text.language());
        if (!note.isBlank()) {
            lines.add(Line.of(note));
        }
        return lines;
    }

    /** Every file of the filings (proofs, also those added later) and of every response, corrected ones too. */
    private List<Exhibit> exhibits(Facts facts, Text text) {
        var exhibits = new ArrayList<Exhibit>();
        for (var filing : facts.filings()) {
            for (var proof : filing.proofs()) {
                exhibits.add(new Exhibit("E" + (exhibits.size() + 1), proof.name(),
                        text.get("pdf.appeal.exhibit.proof", filing.sequence(), text.get(proof.kind().messageKey())),
                        proof.sha256()));
            }
            for (var later : filing.laterProofs()) {
                var proof = later.file();
                exhibits.add(new Exhibit("E" + (exhibits.size() + 1), proof.name(),
                        text.get("pdf.appeal.exhibit.proof", filing.sequence(), text.get(proof.kind().messageKey())),
                        proof.sha256()));
            }
        }
        var byTime = facts.responses().stream().sorted(Comparator.comparing(ResponseView::receivedAt)).toList();
        for (var response : byTime) {
            for (var file : response.files()) {
                exhibits.add(new Exhibit("E" + (exhibits.size() + 1), file.name(),
                        text.get("pdf.appeal.exhibit.response", text.dateTime(response.receivedAt()),
                                response.filingSequence()), file.sha256()));
            }
        }
        return exhibits;
    }

    private static String channel(Jurisdiction jurisdiction, String code, Text text) {
        if (ResponseService.INFORMAL_CHANNEL.equals(code)) {
            return text.get("response.channel.informal");
        }
        return rule(jurisdiction.deliveryChannels(), code).map(r -> r.label(text.language())).orElse(code);
    }

    private static java.util.Optional<LabeledRule> rule(List<LabeledRule> rules, String code) {
        return rules.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    private static Line line(String text, Citation citation, Sources sources) {
        return citation == null ? Line.of(text) : new Line(text, sources.ref(citation));
    }

    /** Each standing claim as text: its type, where (the place, the route segments), when, and its words. */
    private static List<ClaimLine> claimLines(Facts facts, Text text) {
        var zone = facts.jurisdiction().summary().zone();
        return facts.standingClaims().stream().map(claim -> {
            var where = new ArrayList<String>();
            if (claim.place() != null) {
                where.add(text.get("claim.at-place", claim.place()));
            }
            claim.segments().forEach(s -> where.add(text.get("claim.segment", s.number(), s.name())));
            var when = text.get("claim.when", text.dateTime(claim.windowStart().withZoneSameInstant(zone).toLocalDateTime()),
                    text.dateTime(claim.windowEnd().withZoneSameInstant(zone).toLocalDateTime()));
            return new ClaimLine(text.get(claim.type().messageKey()), String.join("; ", where), when, claim.quote());
        }).toList();
    }

    private static String orNotGiven(String value, Text text) {
        return value == null || value.isBlank() ? text.get("pdf.application.not-given") : value;
    }

    /**
     * The SHA-256 of the facts in the pack, in no language: the same in its kk, ru and en versions,
     * and different as soon as a filing, a decision, a finding, a deadline or a file differs.
     */
    private static String dataSha256(Facts facts, List<ResponseView> decisions) {
        var data = new HashedData(facts.caseReference(), facts.title(), facts.jurisdiction().code(), facts.plannedDate(),
                facts.filings().stream().map(f -> new HashedFiling(f.sequence(), f.registeredAt().toOffsetDateTime().toString(),
                        f.registrationNumber(), f.channel().name(), f.snapshotSha256())).toList(),
                decisions.stream().map(r -> new HashedDecision(r.id().toString(), r.filingSequence(),
                        r.receivedAt().toOffsetDateTime().toString(), r.decisionDate(), r.channel(), r.documentNumber(),
                        r.signatory(), r.outcome(), r.grounds(), r.conditions(), r.reasonText(),
                        facts.appealDues().containsKey(r.id()) ? facts.appealDues().get(r.id()).lastDay() : null)).toList(),
                facts.findings().stream().map(f -> new HashedFindings(f.filingSequence(), f.dueDate(),
                        f.findings().stream().map(x -> x.kind() + " " + x.arguments()).toList())).toList(),
                facts.standingClaims().stream().map(c -> new HashedClaim(c.id().toString(), c.responseId().toString(),
                        c.type().name(), c.place(), c.segments().stream().map(RouteSegment::number).toList(),
                        c.windowStart().toOffsetDateTime().toString(), c.windowEnd().toOffsetDateTime().toString(),
                        c.quote())).toList(),
                facts.responses().stream().flatMap(r -> r.files().stream().map(ResponseFile::sha256)).toList(),
                facts.filings().stream().flatMap(f -> java.util.stream.Stream.concat(
                        f.proofs().stream().map(p -> p.sha256()),
                        f.laterProofs().stream().map(p -> p.file().sha256()))).toList());
        return CanonicalJson.sha256(CanonicalJson.write(data));
    }

    record HashedData(String reference, String title, String jurisdiction, LocalDate plannedDate,
            List<HashedFiling> filings, List<HashedDecision> decisions, List<HashedFindings> findings,
            List<HashedClaim> claims, List<String> responseFiles, List<String> proofFiles) {
    }

    /** A claim as hashed: its data, not its wording, so the hash is the same in every language. */
    record HashedClaim(String id, String response, String type, String place, List<Integer> segments, String from,
            String until, String quote) {
    }

    record HashedFiling(int sequence, String registeredAt, String number, String channel, String snapshotSha256) {
    }

    record HashedDecision(String id, int filing, String receivedAt, LocalDate decisionDate, String channel,
            String documentNumber, String signatory, String outcome, List<String> grounds, String conditions,
            String reason, LocalDate appealBy) {
    }

    record HashedFindings(int filing, LocalDate dueDate, List<String> findings) {
    }

    /** The acts cited, numbered in order of first appearance; articles and titles in the pack's language. */
    private static final class Sources {

        private final List<Citation> acts = new ArrayList<>();
        private final List<Citation> cited = new ArrayList<>();
        private final Locale language;

        Sources(Locale language) {
            this.language = language;
        }

        String ref(Citation citation) {
            if (!cited.contains(citation)) {
                cited.add(citation);
            }
            var number = 0;
            for (var i = 0; i < acts.size(); i++) {
                if (acts.get(i).act().equals(citation.act())) {
                    number = i + 1;
                }
            }
            if (number == 0) {
                acts.add(citation);
                number = acts.size();
            }
            var article = citation.article(language);
            return "[" + number + "]" + (article == null || article.isBlank() ? "" : " " + article);
        }

        List<Citation> cited() {
            return List.copyOf(cited);
        }

        List<String> list() {
            var lines = new ArrayList<String>();
            for (var i = 0; i < acts.size(); i++) {
                var act = acts.get(i);
                var url = act.url(language);
                lines.add("[" + (i + 1) + "] " + act.act(language) + (url == null ? "" : " " + url));
            }
            return lines;
        }
    }

    /** Fixed text and dates in the pack's language; a missing key fails loudly. */
    private static final class Text {

        private final MessageSource messages;
        private final Locale language;

        Text(MessageSource messages, Locale language) {
            this.messages = messages;
            this.language = language;
        }

        Locale language() {
            return language;
        }

        String get(String key, Object... arguments) {
            return messages.getMessage(key, arguments.length == 0 ? null : arguments, language);
        }

        /** A day written out as the language writes it in a sentence. */
        String date(LocalDate value) {
            return LegalDates.longDate(value, language);
        }

        /** The wall-clock time as recorded, in its own zone, written out. */
        String dateTime(ZonedDateTime value) {
            return LegalDates.longDateTime(value.toLocalDateTime(), language);
        }

        String dateTime(java.time.LocalDateTime value) {
            return LegalDates.longDateTime(value, language);
        }
    }
}
