package org.assemblyportal.jurisdiction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A rule file exactly as written (see {@code jurisdictions/schema/jurisdiction.schema.json} and
 * docs/jurisdictions.md). The schema has checked its shape before Jackson reads it into these.
 */
record RuleFileDocument(int schemaVersion, String code, Map<String, String> name, String timeZone,
        List<String> documentLanguages, Map<String, Source> sources, Calendar calendar, List<Form> forms,
        List<Item> outcomes, List<Item> refusalGrounds, List<Item> deliveryChannels, Application application,
        List<Item> principles, Places designatedPlaces, Compliance compliance,
        List<Condition> permittedConditions, Appeal appeal) {

    record Appeal(Map<String, String> body, Timed deadline, boolean concludedBeforeEvent, Map<String, String> note,
            Cite cite) {
    }

    record Compliance(List<String> refusalOutcomes, List<String> alternativeOutcomes, String alternativeBeforeRefusal,
            List<String> alternativeBeforeRefusalGrounds, Map<String, List<String>> groundsByOutcome,
            RegisteredCopy registeredCopy) {
    }

    record RegisteredCopy(List<String> channels, String by, Cite cite) {
    }

    record Places(Rule basis, Rule overCapacity, Map<String, String> note, List<PlaceLocality> localities) {
    }

    record Rule(Map<String, String> label, Cite cite) {
    }

    record PlaceLocality(String code, Map<String, String> name, Map<String, String> note, List<Place> places,
            List<Restriction> restrictions) {
    }

    record Place(String code, PlaceKind kind, Map<String, String> name, List<Map<String, String>> points,
            Occupancy maxOccupancy, Cite cite) {
    }

    record Occupancy(int amount, Cite cite) {
    }

    record Restriction(String code, List<AssemblyForm> forms, Integer distanceMetres, Map<String, String> description,
            Cite cite) {
    }

    record Application(Map<String, String> authority, IdNumbers idNumbers, List<Field> fields,
            List<Addressee> addressees) {
    }

    record Addressee(String code, String locality, Map<String, String> name, Map<String, String> heading) {
    }

    record IdNumbers(IdScheme individual, IdScheme entity) {
    }

    record Field(ApplicationField code, boolean required, Integer maxLength, Map<String, String> label, Cite cite) {
    }

    /**
     * An act: {@code act} its English title, {@code titles} its official titles per language,
     * {@code url} and {@code urls} its official text, {@code official} whether that link is the
     * official publication (only then may a rule citing it be verified), {@code inForce} the act's
     * own time of force.
     */
    record Source(String act, Map<String, String> titles, String url, Map<String, String> urls, Boolean official,
            Period inForce) {
    }

    record Period(LocalDate from, LocalDate to) {
    }

    record Cite(String source, String article, Boolean verified, String url, Period inForce) {
    }

    record Calendar(List<DayOfWeek> weekend, Cite weekendCite, Years years, Library library, List<Holiday> holidays,
            Substitution substitution, List<Transfer> transfers) {
    }

    record Years(int from, int to) {
    }

    record Library(String jollyday, String subdivision, Cite cite, List<String> exclude,
            Map<String, Map<String, String>> labels) {
    }

    /** {@code nth} {@code weekday} of {@code month}: "the second Monday of October" (nth -1: the last). */
    record Nth(int month, DayOfWeek weekday, int nth) {
    }

    record Holiday(String every, LocalDate date, String estimated, Nth weekdayOfMonth, Integer fromYear, Integer toYear, Boolean substitute,
            Map<String, String> label, Cite cite) {
    }

    record Substitution(Cite cite, List<String> excludeLibraryKeys) {
    }

    record Transfer(LocalDate dayOff, LocalDate workingDay, Map<String, String> label, Cite cite) {
    }

    record Form(AssemblyForm form, Period inForce, Regime regime, Cite regimeCite, Timed leadTime, Timed maxAdvance,
            Response response, List<Item> exemptions, Map<String, String> note, List<LastDay> lastDayNotes,
            Hours filingHours, List<Item> notes) {
    }

    record Hours(String from, String to, Cite cite) {
    }

    /** {@code on}: weekday names (SUNDAY) or kinds of day (HOLIDAY, SUBSTITUTE_DAY_OFF, TRANSFERRED_DAY_OFF). */
    record LastDay(List<String> on, String code, Map<String, String> label, Cite cite) {
    }

    record Timed(int amount, PeriodUnit unit, Cite cite) {
    }

    record Response(int amount, PeriodUnit unit, CountFrom countFrom, SilenceRule silence, Cite cite) {
    }

    record Item(String code, Map<String, String> label, Cite cite) {
    }

    /** A condition the authority may impose; {@code forms} empty or absent: on every form. */
    record Condition(String code, Map<String, String> label, Cite cite, List<AssemblyForm> forms) {
    }
}
