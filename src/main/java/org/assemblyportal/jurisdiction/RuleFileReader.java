package org.assemblyportal.jurisdiction;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assemblyportal.jurisdiction.RuleFileDocument.Cite;
import org.assemblyportal.jurisdiction.RuleFileDocument.Item;

/**
 * Reads one rule file: checks it against the JSON Schema, then resolves its citations and builds
 * the jurisdiction. Every problem names the file, the path inside it and what is wrong.
 */
final class RuleFileReader {

    static final String SCHEMA = "/jurisdictions/schema/jurisdiction.schema.json";
    /** The portal's code for a condition the law does not provide for (the response log offers it); no file may use it. */
    static final String RESERVED_CONDITION = PermittedCondition.NOT_IN_LAW;

    private final ObjectMapper yaml = YAMLMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).build();
    private final JsonSchema schema;

    RuleFileReader() {
        try (InputStream in = RuleFileReader.class.getResourceAsStream(SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the rule file schema " + SCHEMA, e);
        }
    }

    /** A rule file as read: the calendar still as a description, so it can be rebuilt with new decrees. */
    record Loaded(Jurisdiction jurisdiction, CalendarSpec calendar) {
    }

    Loaded read(String fileName, InputStream content) {
        JsonNode tree;
        try {
            tree = yaml.readTree(content);
        } catch (IOException e) {
            throw new RuleFileException(fileName, "/", "not valid YAML: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException json ? json.getOriginalMessage() : e.getMessage()));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new RuleFileException(fileName, "/", "the file is empty");
        }
        var problems = schema.validate(tree).stream()
                .sorted(Comparator.comparing(m -> m.getInstanceLocation().toString())).toList();
        if (!problems.isEmpty()) {
            var first = problems.get(0);
            throw new RuleFileException(fileName, pathOf(first), first.getMessage()
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
        }
        RuleFileDocument document;
        try {
            document = yaml.treeToValue(tree, RuleFileDocument.class);
        } catch (IOException e) {
            throw new RuleFileException(fileName, "/", (e instanceof com.fasterxml.jackson.core.JsonProcessingException json ? json.getOriginalMessage() : e.getMessage()));
        }
        return new Converter(fileName, document).convert();
    }

    private static String pathOf(ValidationMessage message) {
        var path = message.getInstanceLocation().toString();
        return path.startsWith("$") ? path.substring(1).replace('.', '/').replaceAll("\\[(\\d+)]", "/$1") : path;
    }

    /** Turns the document into the domain, resolving citation sources as it goes. */
    private static final class Converter {

        private final String file;
        private final RuleFileDocument doc;

        Converter(String file, RuleFileDocument doc) {
            this.file = file;
            this.doc = doc;
        }

        Loaded convert() {
            ZoneId zone;
            try {
                zone = ZoneId.of(doc.timeZone());
            } catch (DateTimeException unknown) {
                throw new RuleFileException(file, "/timeZone", "not a time zone of the tz database: " + doc.timeZone());
            }
            var summary = new JurisdictionSummary(doc.code(), doc.name(), zone, doc.documentLanguages());
            var forms = new ArrayList<FormRule>();
            for (var i = 0; i < doc.forms().size(); i++) {
                var form = doc.forms().get(i);
                var path = "/forms/" + i;
                var regimeCitation = cite(form.regimeCite(), path + "/regimeCite");
                var inForce = form.inForce() == null ? regimeCitation.inForce()
                        : period(form.inForce(), path + "/inForce").within(regimeCitation.inForce());
                // The same form may be listed once per version of the law, never twice for one day.
                for (var earlier : forms) {
                    if (earlier.form() == form.form() && earlier.inForce().overlaps(inForce)) {
                        throw new RuleFileException(file, path + "/form", "the form " + form.form()
                                + " appears twice for the same days (give each version its inForce)");
                    }
                }
                forms.add(new FormRule(form.form(), inForce, form.regime(), regimeCitation,
                        form.leadTime() == null ? null : new PeriodRule(new Period(form.leadTime().amount(), form.leadTime().unit()),
                                cite(form.leadTime().cite(), path + "/leadTime/cite")),
                        form.maxAdvance() == null ? null : new PeriodRule(new Period(form.maxAdvance().amount(), form.maxAdvance().unit()),
                                cite(form.maxAdvance().cite(), path + "/maxAdvance/cite")),
                        form.response() == null ? null : new AuthorityResponse(new Period(form.response().amount(),
                                form.response().unit()), form.response().countFrom(), form.response().silence(),
                                cite(form.response().cite(), path + "/response/cite")),
                        items(form.exemptions(), path + "/exemptions"), orEmpty(form.note()),
                        lastDayNotes(form.lastDayNotes(), path + "/lastDayNotes"),
                        form.filingHours() == null ? null : new FormRule.FilingHours(
                                java.time.LocalTime.parse(form.filingHours().from()),
                                java.time.LocalTime.parse(form.filingHours().to()),
                                cite(form.filingHours().cite(), path + "/filingHours/cite")),
                        items(form.notes(), path + "/notes")));
            }
            var calendar = calendar();
            var jurisdiction = new Jurisdiction(summary, forms, items(doc.outcomes(), "/outcomes"),
                    items(doc.refusalGrounds(), "/refusalGrounds"), items(doc.deliveryChannels(), "/deliveryChannels"),
                    application(), items(doc.principles(), "/principles"), places(), compliance(),
                    CalendarBuilder.build(doc.code(), calendar, List.of()), appeal());
            return new Loaded(jurisdiction, calendar);
        }

        private List<LastDayNote> lastDayNotes(List<RuleFileDocument.LastDay> notes, String path) {
            var result = new ArrayList<LastDayNote>();
            var list = orEmpty(notes);
            for (var i = 0; i < list.size(); i++) {
                var note = list.get(i);
                var weekdays = EnumSet.noneOf(java.time.DayOfWeek.class);
                var kinds = EnumSet.noneOf(DayKind.class);
                for (var on : note.on()) {
                    try {
                        weekdays.add(java.time.DayOfWeek.valueOf(on));
                    } catch (IllegalArgumentException notAWeekday) {
                        try {
                            kinds.add(DayKind.valueOf(on));
                        } catch (IllegalArgumentException neither) {
                            throw new RuleFileException(file, path + "/" + i + "/on", "neither a weekday nor a kind of day: " + on);
                        }
                    }
                }
                result.add(new LastDayNote(weekdays, kinds, new LabeledRule(note.code(), note.label(),
                        cite(note.cite(), path + "/" + i + "/cite"))));
            }
            return result;
        }

        private ApplicationSpec application() {
            var a = doc.application();
            if (a == null) {
                return ApplicationSpec.none();
            }
            var fields = new ArrayList<FieldRule>();
            var seen = EnumSet.noneOf(ApplicationField.class);
            for (var i = 0; i < a.fields().size(); i++) {
                var f = a.fields().get(i);
                if (!seen.add(f.code())) {
                    throw new RuleFileException(file, "/application/fields/" + i + "/code", "the field " + f.code() + " appears twice");
                }
                fields.add(new FieldRule(f.code(), f.required(), f.maxLength(), f.label(),
                        cite(f.cite(), "/application/fields/" + i + "/cite")));
            }
            var ids = a.idNumbers();
            var addressees = new ArrayList<ApplicationSpec.Addressee>();
            var codes = new HashSet<String>();
            var listed = orEmpty(a.addressees());
            for (var i = 0; i < listed.size(); i++) {
                var addressee = listed.get(i);
                if (!codes.add(addressee.code())) {
                    throw new RuleFileException(file, "/application/addressees/" + i + "/code", "the addressee "
                            + addressee.code() + " appears twice");
                }
                addressees.add(new ApplicationSpec.Addressee(addressee.code(), addressee.locality(), addressee.name(),
                        addressee.heading()));
            }
            return new ApplicationSpec(a.authority() == null ? Map.of() : a.authority(),
                    ids == null ? null : ids.individual(), ids == null ? null : ids.entity(), fields, addressees);
        }

        private AppealRule appeal() {
            var a = doc.appeal();
            if (a == null) {
                return null;
            }
            var deadline = a.deadline() == null ? null : new PeriodRule(new Period(a.deadline().amount(),
                    a.deadline().unit()), cite(a.deadline().cite(), "/appeal/deadline/cite"));
            return new AppealRule(a.body(), deadline, a.concludedBeforeEvent(), orEmpty(a.note()),
                    cite(a.cite(), "/appeal/cite"));
        }

        /** Every code the block names must exist elsewhere in the same file, so a typo stops start-up. */
        private ComplianceSpec compliance() {
            var spec = complianceCodes().withPermittedConditions(permittedConditions());
            var c = doc.compliance();
            if (c == null || c.groundsByOutcome() == null) {
                return spec;
            }
            var byOutcome = new java.util.HashMap<String, Set<String>>();
            var grounds = codes(doc.refusalGrounds());
            for (var entry : c.groundsByOutcome().entrySet()) {
                var path = "/compliance/groundsByOutcome/" + entry.getKey();
                known(List.of(entry.getKey()), codes(doc.outcomes()), path, "outcome", "/outcomes");
                byOutcome.put(entry.getKey(), known(entry.getValue(), grounds, path, "refusal ground", "/refusalGrounds"));
            }
            return spec.withGroundsByOutcome(byOutcome);
        }

        private ComplianceSpec complianceCodes() {
            var c = doc.compliance();
            if (c == null) {
                return ComplianceSpec.none();
            }
            var base = "/compliance";
            var outcomes = codes(doc.outcomes());
            var refusals = known(orEmpty(c.refusalOutcomes()), outcomes, base + "/refusalOutcomes", "outcome", "/outcomes");
            var alternativeGrounds = known(orEmpty(c.alternativeBeforeRefusalGrounds()), codes(doc.refusalGrounds()),
                    base + "/alternativeBeforeRefusalGrounds", "refusal ground", "/refusalGrounds");
            var alternatives = known(orEmpty(c.alternativeOutcomes()), outcomes, base + "/alternativeOutcomes", "outcome",
                    "/outcomes");
            Citation alternativeRule = null;
            if (c.alternativeBeforeRefusal() != null) {
                var principle = orEmpty(doc.principles()).stream().filter(p -> p.code().equals(c.alternativeBeforeRefusal()))
                        .findFirst().orElseThrow(() -> new RuleFileException(file, base + "/alternativeBeforeRefusal",
                                "no principle " + c.alternativeBeforeRefusal() + " under /principles"));
                alternativeRule = cite(principle.cite(), "/principles");
            }
            var copy = c.registeredCopy();
            if (copy == null) {
                return new ComplianceSpec(refusals, alternatives, alternativeRule, Set.of(), null, null)
                        .withAlternativeGrounds(alternativeGrounds);
            }
            var channels = codes(doc.deliveryChannels());
            var needing = known(copy.channels(), channels, base + "/registeredCopy/channels", "delivery channel",
                    "/deliveryChannels");
            known(List.of(copy.by()), channels, base + "/registeredCopy/by", "delivery channel", "/deliveryChannels");
            return new ComplianceSpec(refusals, alternatives, alternativeRule, needing, copy.by(),
                    cite(copy.cite(), base + "/registeredCopy/cite")).withAlternativeGrounds(alternativeGrounds);
        }

        /**
         * The conditions the authority may impose: codes unique, the portal's own code reserved, and
         * every form named under /forms of the file.
         */
        private List<PermittedCondition> permittedConditions() {
            var listed = orEmpty(doc.permittedConditions());
            var result = new ArrayList<PermittedCondition>();
            var seen = new HashSet<String>();
            for (var i = 0; i < listed.size(); i++) {
                var c = listed.get(i);
                var path = "/permittedConditions/" + i;
                if (!seen.add(c.code())) {
                    throw new RuleFileException(file, path + "/code", "the condition " + c.code() + " appears twice");
                }
                if (RESERVED_CONDITION.equals(c.code())) {
                    throw new RuleFileException(file, path + "/code", RESERVED_CONDITION
                            + " is the portal's code for a condition the law does not provide for");
                }
                var forms = orEmpty(c.forms());
                var unregulated = forms.stream().filter(f -> doc.forms().stream().noneMatch(g -> g.form() == f)).toList();
                if (!unregulated.isEmpty()) {
                    throw new RuleFileException(file, path + "/forms", "the forms " + unregulated
                            + " are not listed under /forms of this file");
                }
                result.add(new PermittedCondition(new LabeledRule(c.code(), c.label(), cite(c.cite(), path + "/cite")),
                        forms.isEmpty() ? Set.of() : EnumSet.copyOf(forms)));
            }
            return result;
        }

        private Set<String> known(List<String> named, Set<String> defined, String path, String what, String where) {
            var unknown = named.stream().filter(code -> !defined.contains(code)).toList();
            if (!unknown.isEmpty()) {
                throw new RuleFileException(file, path, "no " + what + " " + unknown + " under " + where + " of this file");
            }
            return Set.copyOf(named);
        }

        private static Set<String> codes(List<Item> items) {
            return items == null ? Set.of() : items.stream().map(Item::code).collect(java.util.stream.Collectors.toSet());
        }

        private DesignatedPlaces places() {
            var p = doc.designatedPlaces();
            if (p == null) {
                return DesignatedPlaces.none();
            }
            var base = "/designatedPlaces";
            var localities = new ArrayList<Locality>();
            var localityCodes = new HashSet<String>();
            var placeCodes = new HashSet<String>();
            for (var i = 0; i < p.localities().size(); i++) {
                var l = p.localities().get(i);
                var path = base + "/localities/" + i;
                if (!localityCodes.add(l.code())) {
                    throw new RuleFileException(file, path + "/code", "the locality " + l.code() + " appears twice");
                }
                var places = new ArrayList<DesignatedPlace>();
                var listed = orEmpty(l.places());
                for (var j = 0; j < listed.size(); j++) {
                    var place = listed.get(j);
                    var at = path + "/places/" + j;
                    if (!placeCodes.add(place.code())) {
                        throw new RuleFileException(file, at + "/code", "the place " + place.code() + " appears twice");
                    }
                    if (place.kind() == PlaceKind.PLACE && place.points() != null) {
                        throw new RuleFileException(file, at + "/points", "only a ROUTE has points; "
                                + place.code() + " is a PLACE");
                    }
                    var occupancy = place.maxOccupancy();
                    places.add(new DesignatedPlace(place.code(), place.kind(), place.name(), orEmpty(place.points()),
                            occupancy == null ? null : occupancy.amount(),
                            occupancy == null ? null : cite(occupancy.cite(), at + "/maxOccupancy/cite"),
                            cite(place.cite(), at + "/cite")));
                }
                var restrictions = new ArrayList<PlaceRestriction>();
                var rules = orEmpty(l.restrictions());
                var restrictionCodes = new HashSet<String>();
                for (var j = 0; j < rules.size(); j++) {
                    var r = rules.get(j);
                    var at = path + "/restrictions/" + j;
                    if (!restrictionCodes.add(r.code())) {
                        throw new RuleFileException(file, at + "/code", "the restriction " + r.code() + " appears twice");
                    }
                    var unregulated = r.forms().stream().filter(f -> doc.forms().stream().noneMatch(g -> g.form() == f)).toList();
                    if (!unregulated.isEmpty()) {
                        throw new RuleFileException(file, at + "/forms", "the forms " + unregulated
                                + " are not listed under /forms of this file");
                    }
                    restrictions.add(new PlaceRestriction(r.code(), EnumSet.copyOf(r.forms()), r.distanceMetres(),
                            r.description(), cite(r.cite(), at + "/cite")));
                }
                localities.add(new Locality(l.code(), l.name(), orEmpty(l.note()), places, restrictions));
            }
            return new DesignatedPlaces(rule(p.basis(), base + "/basis"), rule(p.overCapacity(), base + "/overCapacity"),
                    orEmpty(p.note()), localities);
        }

        private LabeledRule rule(RuleFileDocument.Rule rule, String path) {
            return rule == null ? null : new LabeledRule(path.substring(path.lastIndexOf('/') + 1), rule.label(),
                    cite(rule.cite(), path + "/cite"));
        }

        private CalendarSpec calendar() {
            var c = doc.calendar();
            if (c.years().from() > c.years().to()) {
                throw new RuleFileException(file, "/calendar/years", "'from' is after 'to'");
            }
            CalendarSpec.Library library = null;
            if (c.library() != null) {
                var l = c.library();
                library = new CalendarSpec.Library(l.jollyday(), l.subdivision(), cite(l.cite(), "/calendar/library/cite"),
                        new HashSet<>(orEmpty(l.exclude())), l.labels() == null ? Map.of() : l.labels());
            }
            var holidays = new ArrayList<CalendarSpec.Holiday>();
            var listed = orEmpty(c.holidays());
            for (var i = 0; i < listed.size(); i++) {
                var h = listed.get(i);
                var path = "/calendar/holidays/" + i;
                MonthDay fixed = null;
                if (h.every() != null) {
                    try {
                        fixed = MonthDay.parse("--" + h.every());
                    } catch (DateTimeException wrong) {
                        throw new RuleFileException(file, path + "/every", "not a month and day (MM-DD): " + h.every());
                    }
                }
                if (h.estimated() != null && !h.estimated().matches("[a-z]{2}/[A-Za-z_.]+")) {
                    throw new RuleFileException(file, path + "/estimated", "not a Jollyday country and key (kz/islamic.ID_UL_ADHA): "
                            + h.estimated());
                }
                var nth = h.weekdayOfMonth();
                holidays.add(new CalendarSpec.Holiday(fixed, h.date(), h.estimated(), nth == null ? null : nth.month(),
                        nth == null ? null : nth.weekday(), nth == null ? null : nth.nth(), h.fromYear(), h.toYear(),
                        h.substitute() == null || h.substitute(), h.label(), cite(h.cite(), path + "/cite")));
            }
            var adjustments = new ArrayList<CalendarAdjustment>();
            var transfers = orEmpty(c.transfers());
            for (var i = 0; i < transfers.size(); i++) {
                var t = transfers.get(i);
                var citation = cite(t.cite(), "/calendar/transfers/" + i + "/cite");
                var label = orEmpty(t.label());
                if (t.dayOff() != null) {
                    adjustments.add(new CalendarAdjustment(t.dayOff(), false, label, citation));
                }
                if (t.workingDay() != null) {
                    adjustments.add(new CalendarAdjustment(t.workingDay(), true, label, citation));
                }
            }
            var substitution = c.substitution() == null ? null : new CalendarSpec.Substitution(
                    cite(c.substitution().cite(), "/calendar/substitution/cite"),
                    new HashSet<>(orEmpty(c.substitution().excludeLibraryKeys())));
            return new CalendarSpec(EnumSet.copyOf(c.weekend()), cite(c.weekendCite(), "/calendar/weekendCite"),
                    c.years().from(), c.years().to(), library, holidays, substitution, adjustments);
        }

        private List<LabeledRule> items(List<Item> items, String path) {
            var result = new ArrayList<LabeledRule>();
            var seen = new HashSet<String>();
            var list = orEmpty(items);
            for (var i = 0; i < list.size(); i++) {
                var item = list.get(i);
                if (!seen.add(item.code())) {
                    throw new RuleFileException(file, path + "/" + i + "/code", "the code " + item.code() + " appears twice");
                }
                result.add(new LabeledRule(item.code(), item.label(), cite(item.cite(), path + "/" + i + "/cite")));
            }
            return result;
        }

        private Citation cite(Cite cite, String path) {
            if (cite == null) {
                return null;
            }
            var source = doc.sources().get(cite.source());
            if (source == null) {
                throw new RuleFileException(file, path + "/source", "no source '" + cite.source()
                        + "' under /sources (known: " + String.join(", ", doc.sources().keySet()) + ")");
            }
            var verified = Boolean.TRUE.equals(cite.verified());
            // "Verified" means read in the official publication: a mirror or a news story never is.
            if (verified && !Boolean.TRUE.equals(source.official())) {
                throw new RuleFileException(file, path + "/verified", "source '" + cite.source()
                        + "' is not the official publication (official: true), so a rule citing it cannot be verified");
            }
            if (verified && cite.url() != null && !sameHost(cite.url(), source.url())) {
                throw new RuleFileException(file, path + "/url", "a verified rule must link to its source's official site ("
                        + source.url() + "), not " + cite.url());
            }
            var actInForce = source.inForce() == null ? InForce.ALWAYS : period(source.inForce(), "/sources/" + cite.source() + "/inForce");
            InForce inForce;
            try {
                inForce = cite.inForce() == null ? actInForce : period(cite.inForce(), path + "/inForce").within(actInForce);
            } catch (IllegalArgumentException outside) {
                throw new RuleFileException(file, path + "/inForce", "the rule is in force outside the time of its act ("
                        + outside.getMessage() + ")");
            }
            var url = cite.url() != null ? cite.url() : source.url();
            return new Citation(source.act(), cite.article(), url, verified,
                    source.titles() == null ? Map.of() : source.titles(),
                    cite.url() != null || source.urls() == null ? Map.of() : source.urls(), inForce);
        }

        private InForce period(RuleFileDocument.Period period, String path) {
            try {
                return new InForce(period.from(), period.to());
            } catch (IllegalArgumentException wrong) {
                throw new RuleFileException(file, path, "'to' is before 'from'");
            }
        }

        private static boolean sameHost(String a, String b) {
            try {
                return b != null && java.net.URI.create(a).getHost().equalsIgnoreCase(java.net.URI.create(b).getHost());
            } catch (RuntimeException malformed) {
                return false;
            }
        }

        private static <T> List<T> orEmpty(List<T> list) {
            return list == null ? List.of() : list;
        }

        private static Map<String, String> orEmpty(Map<String, String> map) {
            return map == null ? Map.of() : map;
        }
    }

}
