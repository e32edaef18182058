package org.assemblyportal.assembly;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.assemblyportal.assembly.Completeness.Problem;
import org.assemblyportal.base.i18n.LocalizedText;
import org.assemblyportal.base.i18n.MessageKey;
import org.assemblyportal.base.i18n.PortalLocales;
import org.assemblyportal.assembly.Completeness.Severity;
import org.assemblyportal.jurisdiction.ApplicationField;
import org.assemblyportal.jurisdiction.DesignatedPlace;
import org.assemblyportal.jurisdiction.FieldRule;
import org.assemblyportal.jurisdiction.Jurisdiction;
import org.assemblyportal.jurisdiction.Locality;

/** Checks a draft against its jurisdiction's application rules: pure, so it is tested directly. */
final class DraftChecks {

    private final Jurisdiction jurisdiction;
    private final Clock clock;

    DraftChecks(Jurisdiction jurisdiction, Clock clock) {
        this.jurisdiction = jurisdiction;
        this.clock = clock;
    }

    Completeness check(ApplicationData data, Completeness.Deadline deadline, List<Problem> known) {
        var problems = new ArrayList<Problem>(known);
        for (var rule : jurisdiction.application().fields()) {
            if (rule.required() && !data.has(rule.field())) {
                problems.add(problem(rule, Severity.MISSING, "draft.missing"));
            }
            tooLong(rule, data).ifPresent(problems::add);
        }
        if (data.form() != null && jurisdiction.form(data.form()).isEmpty()) {
            problems.add(new Problem(ApplicationField.FORM, Severity.INVALID, "deadline.form-not-regulated",
                    List.of(data.form().name(), jurisdiction.code()), null, null));
        }
        idNumbers(data, problems);
        times(data, problems);
        if (data.participants() != null && data.participants() < 1) {
            problems.add(problemFor(ApplicationField.PARTICIPANTS, Severity.INVALID, "draft.participants-positive"));
        }
        places(data, problems);
        if (deadline != null && deadline.tooLate()) {
            problems.add(new Problem(ApplicationField.START_AND_END, Severity.INVALID, "deadline.too-late",
                    List.of(deadline.lastFilingDay(),
                            deadline.earliestLawfulStart() == null ? "-" : deadline.earliestLawfulStart()),
                    null, deadline.citation()));
        }
        var complete = problems.stream().noneMatch(p -> p.severity() != Severity.WARNING);
        return new Completeness(complete, problems, deadline);
    }

    private java.util.Optional<Problem> tooLong(FieldRule rule, ApplicationData data) {
        if (rule.maxLength() == null) {
            return java.util.Optional.empty();
        }
        var texts = switch (rule.field()) {
            case PURPOSE -> List.of(nz(data.purpose()));
            case REPRESENTATIVE -> List.of(nz(data.representative()));
            case PLACE_OR_ROUTE -> List.of(nz(data.place()));
            case STEWARDS -> List.of(nz(data.stewards()));
            case CONTACTS -> List.of(nz(data.contacts()));
            case EQUIPMENT -> List.of(nz(data.equipment().details()));
            case ORGANIZER -> data.organizers().stream().flatMap(o -> java.util.stream.Stream.of(nz(o.name()), nz(o.address()))).toList();
            default -> List.<String>of();
        };
        return texts.stream().anyMatch(t -> t.length() > rule.maxLength())
                ? java.util.Optional.of(problem(rule, Severity.INVALID, "validation.too-long", rule.maxLength()))
                : java.util.Optional.empty();
    }

    /**
     * Where the rule file lists designated places: a draft whose place or route names one must not
     * plan more participants than its maximum occupancy; a draft that names none is warned that
     * designated places exist; and forms banned in some zones get a reminder of the zones. Names
     * match when equal in any language, ignoring case, spacing and quotation marks
     * ({@link DesignatedPlace#isNamedBy}); a route matches when its points are a designated route's
     * points, in order.
     */
    private void places(ApplicationData data, List<Problem> problems) {
        // The list in force on the planned day: maslikhats change their lists by decision.
        var places = jurisdiction.places().on(data.start() == null ? null : data.start().toLocalDate());
        if (!places.listsAny()) {
            return;
        }
        var points = data.route().stream().map(ApplicationData.Waypoint::name).filter(DraftChecks::filled).toList();
        var named = places.allPlaces().filter(p -> p.isNamedBy(data.place()) || p.isRoute(points)).toList();
        if (data.participants() != null) {
            for (var place : named) {
                if (place.maxOccupancy() != null && data.participants() > place.maxOccupancy()) {
                    var consequence = places.overCapacity() == null ? Map.<String, String>of() : places.overCapacity().label();
                    problems.add(new Problem(ApplicationField.PARTICIPANTS, Severity.INVALID, "draft.over-capacity",
                            List.of(new LocalizedText(place.name()), place.maxOccupancy(), data.participants(),
                                    new LocalizedText(consequence)),
                            fieldLabel(ApplicationField.PARTICIPANTS),
                            place.occupancyCitation() != null ? place.occupancyCitation() : place.citation()));
                }
            }
        }
        var designated = places.allPlaces().toList();
        if (named.isEmpty() && !designated.isEmpty() && (filled(data.place()) || !points.isEmpty())) {
            var localities = places.localities().stream().filter(l -> !l.places().isEmpty()).toList();
            problems.add(new Problem(ApplicationField.PLACE_OR_ROUTE, Severity.WARNING, "draft.not-designated",
                    List.of(joined(localities, Locality::name), joined(designated, DesignatedPlace::name)),
                    fieldLabel(ApplicationField.PLACE_OR_ROUTE),
                    places.basis() != null ? places.basis().citation() : designated.get(0).citation()));
        }
        for (var locality : places.localities()) {
            for (var restriction : locality.restrictions()) {
                if (restriction.appliesTo(data.form())) {
                    problems.add(new Problem(ApplicationField.PLACE_OR_ROUTE, Severity.WARNING, "draft.restricted-zone",
                            List.of(new LocalizedText(locality.name()), new LocalizedText(restriction.description())),
                            fieldLabel(ApplicationField.PLACE_OR_ROUTE), restriction.citation()));
                }
            }
        }
    }

    /** Names from a rule file joined into one text per language the portal speaks. */
    private static <T> LocalizedText joined(List<T> items, BiFunction<T, Locale, String> name) {
        var texts = new LinkedHashMap<String, String>();
        for (var locale : PortalLocales.SUPPORTED) {
            texts.put(locale.getLanguage(), items.stream().map(i -> name.apply(i, locale)).collect(Collectors.joining("; ")));
        }
        return new LocalizedText(texts);
    }

    private Map<String, String> fieldLabel(ApplicationField field) {
        return jurisdiction.application().field(field).map(FieldRule::label).orElse(null);
    }

    private void idNumbers(ApplicationData data, List<Problem> problems) {
        var spec = jurisdiction.application();
        for (var organizer : data.organizers()) {
            var scheme = organizer.kind() == ApplicationData.Organizer.Kind.ENTITY ? spec.entityId() : spec.individualId();
            if (scheme == null) {
                continue;
            }
            if (!filled(organizer.idNumber())) {
                problems.add(problemFor(ApplicationField.ORGANIZER, Severity.MISSING, "draft.id-missing", new MessageKey(scheme.messageKey())));
            } else if (!scheme.isValid(organizer.idNumber().strip())) {
                problems.add(problemFor(ApplicationField.ORGANIZER, Severity.INVALID, "draft.id-invalid", new MessageKey(scheme.messageKey()),
                        organizer.idNumber().strip()));
            }
        }
    }

    private void times(ApplicationData data, List<Problem> problems) {
        if (data.start() != null && data.end() != null && !data.end().isAfter(data.start())) {
            problems.add(problemFor(ApplicationField.START_AND_END, Severity.INVALID, "draft.end-before-start"));
        }
        if (data.start() != null) {
            var now = LocalDateTime.now(clock.withZone(jurisdiction.summary().zone()));
            if (data.start().isBefore(now)) {
                problems.add(problemFor(ApplicationField.START_AND_END, Severity.INVALID, "draft.start-in-past"));
            }
        }
    }

    private Problem problemFor(ApplicationField field, Severity severity, String key, Object... arguments) {
        var rule = jurisdiction.application().field(field);
        return new Problem(field, severity, key, List.of(arguments), rule.map(FieldRule::label).orElse(null),
                rule.map(FieldRule::citation).orElse(null));
    }

    private static Problem problem(FieldRule rule, Severity severity, String key, Object... arguments) {
        return new Problem(rule.field(), severity, key, List.of(arguments), rule.label(), rule.citation());
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

}
