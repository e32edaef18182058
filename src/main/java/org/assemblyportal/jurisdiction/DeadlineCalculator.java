package org.assemblyportal.jurisdiction;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assemblyportal.base.LocalizedException;
import org.assemblyportal.jurisdiction.ExplanationStep.Kind;

/**
 * The legal deadline engine: pure functions of a jurisdiction's rules, a planned start, an
 * optional registration date and today. It counts as docs/decisions/005-counting-legal-periods.md
 * says, and records every day it looked at, so the result can be checked by hand.
 */
public final class DeadlineCalculator {

    /** A start this many days ahead at most is tried when looking for the earliest lawful date. */
    private static final int SEARCH_LIMIT_DAYS = 800;
    static final String COUNTING_RULE = "counting.rule";

    private DeadlineCalculator() {
    }

    public static DeadlineResult compute(Jurisdiction jurisdiction, DeadlineQuery query, LocalDate today) {
        if (query.form() == null) {
            throw new LocalizedException("deadline.form-required");
        }
        if (query.plannedStart() == null) {
            throw new LocalizedException("deadline.start-required");
        }
        var zone = jurisdiction.summary().zone();
        var start = query.plannedStart().atZone(zone);
        // The law that governs a filing is the law of the day it is registered; before that, of the day planned.
        var rulesOn = query.registeredOn() != null ? query.registeredOn() : start.toLocalDate();
        var rule = ruleOn(jurisdiction, query.form(), rulesOn);
        var filing = rule.leadTime() == null ? null : filing(jurisdiction, rule, start);
        var authority = rule.response() == null || query.registeredOn() == null ? null
                : authorityDue(jurisdiction.calendar(), rule.response(), query.registeredOn(), zone);
        var status = status(jurisdiction, rule, query, filing, today);
        return new DeadlineResult(jurisdiction.code(), rule.form(), rule.regime(), rule.regimeCitation(), start, filing,
                authority, status, rule.exemptions(), COUNTING_RULE, rulesOn, rule.inForce(),
                provisionalYears(jurisdiction.calendar(), filing, authority), notes(jurisdiction, rule, filing));
    }

    /**
     * The rules of a form as they stood on {@code day}. Before the jurisdiction's modelled law begins
     * the answer is "not covered before …", never today's law; a form the law did not regulate that
     * day is said to be so.
     */
    public static FormRule ruleOn(Jurisdiction jurisdiction, AssemblyForm form, LocalDate day) {
        var coveredFrom = jurisdiction.coveredFrom();
        if (coveredFrom != null && day.isBefore(coveredFrom)) {
            throw new LocalizedException("deadline.rules-not-covered-before", jurisdiction.code(), day.toString(),
                    coveredFrom.toString());
        }
        return jurisdiction.form(form, day).orElseThrow(() -> jurisdiction.form(form).isPresent()
                ? new LocalizedException("deadline.form-not-regulated-on", form.name(), jurisdiction.code(), day.toString())
                : new LocalizedException("deadline.form-not-regulated", form.name(), jurisdiction.code()));
    }

    /** The years whose days the count looked at that have no decreed transfers yet. */
    private static List<Integer> provisionalYears(WorkingDayCalendar calendar, DeadlineResult.Filing filing,
            DeadlineResult.AuthorityDue authority) {
        var years = new java.util.TreeSet<Integer>();
        var steps = new ArrayList<ExplanationStep>();
        if (filing != null) {
            steps.addAll(filing.steps());
        }
        if (authority != null) {
            steps.addAll(authority.steps());
        }
        for (var step : steps) {
            if (step.dayKind() != null && calendar.provisional(step.date())) {
                years.add(step.date().getYear());
            }
        }
        return List.copyOf(years);
    }

    /**
     * What the rule file says about the last day itself: in England a notice posted by recorded
     * delivery cannot arrive on a Sunday or bank holiday, so when the last day is one, the notice
     * must go by hand that day or arrive by post on an earlier one.
     */
    private static List<LabeledRule> notes(Jurisdiction jurisdiction, FormRule rule, DeadlineResult.Filing filing) {
        var notes = new ArrayList<LabeledRule>(rule.notes());
        if (filing != null && !rule.lastDayNotes().isEmpty() && jurisdiction.calendar().covers(filing.lastDay())) {
            var day = jurisdiction.calendar().describe(filing.lastDay());
            rule.lastDayNotes().stream().filter(note -> note.appliesTo(day)).map(LastDayNote::rule).forEach(notes::add);
        }
        return notes;
    }

    /** The last day to file: the period counted back from the day of the assembly, which is not counted. */
    static DeadlineResult.Filing filing(Jurisdiction jurisdiction, FormRule rule, ZonedDateTime start) {
        var calendar = jurisdiction.calendar();
        var period = rule.leadTime().period();
        var steps = new ArrayList<ExplanationStep>();
        var eventDay = start.toLocalDate();
        LocalDate lastDay;
        ZonedDateTime lastMoment = null;
        switch (period.unit()) {
            case WORKING_DAYS -> {
                steps.add(step(calendar, eventDay, Kind.EVENT_DAY, 0));
                lastDay = countWorkingDays(calendar, eventDay, -1, period.amount(), steps);
            }
            case CLEAR_DAYS, CALENDAR_DAYS -> {
                steps.add(step(calendar, eventDay, Kind.EVENT_DAY, 0));
                for (var i = 1; i <= period.amount(); i++) {
                    steps.add(step(calendar, eventDay.minusDays(i), Kind.COUNTED, i));
                }
                // Clear days: neither the day of filing nor the day of the event is among the counted days.
                lastDay = eventDay.minusDays(period.unit() == PeriodUnit.CLEAR_DAYS ? period.amount() + 1L : period.amount());
            }
            case HOURS -> {
                lastMoment = start.minusHours(period.amount());
                if (rule.filingHours() != null) {
                    lastMoment = lastOfficeMoment(calendar, rule.filingHours(), lastMoment);
                }
                lastDay = lastMoment.toLocalDate();
            }
            case MONTHS -> lastDay = eventDay.minusMonths(period.amount());
            case YEARS -> lastDay = eventDay.minusYears(period.amount());
            default -> throw new IllegalStateException("Unknown unit " + period.unit());
        }
        steps.add(step(calendar, lastDay, Kind.DEADLINE, period.amount()));
        LocalDate firstDay = null;
        Citation firstDayCitation = null;
        if (rule.maxAdvance() != null) {
            firstDay = earliest(eventDay, rule.maxAdvance().period());
            firstDayCitation = rule.maxAdvance().citation();
        }
        return new DeadlineResult.Filing(period, lastDay, lastMoment, firstDay, rule.leadTime().citation(),
                firstDayCitation, steps);
    }

    /**
     * The latest moment, not after {@code latest}, at which the office takes a filing: a working day
     * within its hours. 48 hours before a Monday 10:00 start is Saturday 10:00, when the office is
     * closed, so the application must be in by Friday 16:00.
     */
    static ZonedDateTime lastOfficeMoment(WorkingDayCalendar calendar, FormRule.FilingHours hours, ZonedDateTime latest) {
        var day = latest.toLocalDate();
        var time = latest.toLocalTime();
        for (var i = 0; i < 60; i++) {
            if (calendar.covers(day) && calendar.isWorkingDay(day) && !time.isBefore(hours.from())) {
                var at = time.isAfter(hours.to()) ? hours.to() : time;
                return day.atTime(at).atZone(latest.getZone());
            }
            day = day.minusDays(1);
            time = hours.to();
        }
        return latest;
    }

    /** The authority's last day: the period counted forward from the day after registration. */
    static DeadlineResult.AuthorityDue authorityDue(WorkingDayCalendar calendar, AuthorityResponse response,
            LocalDate registeredOn, java.time.ZoneId zone) {
        var steps = new ArrayList<ExplanationStep>();
        var end = forward(calendar, response.period(), registeredOn, zone, steps);
        return new DeadlineResult.AuthorityDue(response.period(), response.countFrom(), registeredOn, end.day(),
                end.moment(), response.silence(), response.citation(), steps);
    }

    /**
     * The last day to appeal a decision: the rule file's period counted forward from the day after
     * the decision was received, the same way as the authority's period. Null where the rule sets
     * no fixed period.
     */
    public static DeadlineResult.AppealDue appealDue(WorkingDayCalendar calendar, AppealRule rule, LocalDate receivedOn,
            java.time.ZoneId zone) {
        // No period the law did not yet (or no longer) set on the day the decision was received.
        if (rule.deadline() == null || !rule.deadline().citation().inForce().covers(receivedOn)) {
            return null;
        }
        var steps = new ArrayList<ExplanationStep>();
        var period = rule.deadline().period();
        var end = forward(calendar, period, receivedOn, zone, steps);
        return new DeadlineResult.AppealDue(period, receivedOn, end.day(), end.moment(), rule.deadline().citation(),
                steps);
    }

    private record End(LocalDate day, ZonedDateTime moment) {
    }

    /** Counts {@code period} forward from {@code start}, which is not itself counted, recording the steps. */
    private static End forward(WorkingDayCalendar calendar, Period period, LocalDate start, java.time.ZoneId zone,
            List<ExplanationStep> steps) {
        steps.add(step(calendar, start, Kind.START_DAY, 0));
        LocalDate due;
        ZonedDateTime dueMoment = null;
        switch (period.unit()) {
            case WORKING_DAYS -> due = countWorkingDays(calendar, start, 1, period.amount(), steps);
            case CALENDAR_DAYS, CLEAR_DAYS -> {
                for (var i = 1; i <= period.amount(); i++) {
                    steps.add(step(calendar, start.plusDays(i), Kind.COUNTED, i));
                }
                due = start.plusDays(period.unit() == PeriodUnit.CLEAR_DAYS ? period.amount() + 1L : period.amount());
            }
            case HOURS -> {
                // Only the date is known: count from its end, so a "late" finding is certain.
                dueMoment = start.plusDays(1).atStartOfDay(zone).plusHours(period.amount());
                due = dueMoment.toLocalDate();
            }
            // The same date N months on; where that month is shorter, its last day (31 Jan + 1 month: 28 Feb).
            case MONTHS -> due = start.plusMonths(period.amount());
            case YEARS -> due = start.plusYears(period.amount());
            default -> throw new IllegalStateException("Unknown unit " + period.unit());
        }
        steps.add(step(calendar, due, Kind.DEADLINE, period.amount()));
        return new End(due, dueMoment);
    }

    private static DeadlineResult.Status status(Jurisdiction jurisdiction, FormRule rule, DeadlineQuery query,
            DeadlineResult.Filing filing, LocalDate today) {
        if (filing == null) {
            return new DeadlineResult.Status(today, null, null, false, null);
        }
        var daysLeft = ChronoUnit.DAYS.between(today, filing.lastDay());
        Boolean filedInTime = null;
        if (query.registeredOn() != null) {
            filedInTime = !query.registeredOn().isAfter(filing.lastDay())
                    && (filing.firstDay() == null || !query.registeredOn().isBefore(filing.firstDay()));
        }
        var tooLate = query.registeredOn() == null && daysLeft < 0;
        var earliest = tooLate ? earliestLawfulStart(jurisdiction, rule, query, today) : null;
        return new DeadlineResult.Status(today, daysLeft, filedInTime, tooLate, earliest);
    }

    /** The first start date, at the same time of day, whose filing deadline is today or later. */
    static LocalDate earliestLawfulStart(Jurisdiction jurisdiction, FormRule rule, DeadlineQuery query, LocalDate today) {
        var time = query.plannedStart().toLocalTime();
        var zone = jurisdiction.summary().zone();
        for (var day = today; day.isBefore(today.plusDays(SEARCH_LIMIT_DAYS)); day = day.plusDays(1)) {
            if (!jurisdiction.calendar().covers(day)) {
                return null;
            }
            try {
                if (!filing(jurisdiction, rule, day.atTime(time).atZone(zone)).lastDay().isBefore(today)) {
                    return day;
                }
            } catch (OutsideCalendarException beyondData) {
                return null;
            }
        }
        return null;
    }

    /**
     * Counts {@code amount} working days from {@code start} (not itself counted) in {@code direction}
     * (-1 back, +1 forward), recording each day, and returns the last day counted.
     */
    private static LocalDate countWorkingDays(WorkingDayCalendar calendar, LocalDate start, int direction, int amount,
            List<ExplanationStep> steps) {
        var day = start;
        var counted = 0;
        while (counted < amount) {
            day = day.plusDays(direction);
            var info = calendar.describe(day);
            if (info.working()) {
                counted++;
            }
            steps.add(new ExplanationStep(day, info.working() ? Kind.COUNTED : Kind.SKIPPED, info.kind(), counted,
                    info.label(), info.citation()));
        }
        return day;
    }

    private static LocalDate earliest(LocalDate eventDay, Period max) {
        return switch (max.unit()) {
            case YEARS -> eventDay.minusYears(max.amount());
            case MONTHS -> eventDay.minusMonths(max.amount());
            case HOURS -> eventDay.minusDays((max.amount() + 23) / 24);
            default -> eventDay.minusDays(max.amount());
        };
    }

    private static ExplanationStep step(WorkingDayCalendar calendar, LocalDate day, Kind kind, int count) {
        if (!calendar.covers(day)) {
            return new ExplanationStep(day, kind, null, count, Map.of(), null);
        }
        var info = calendar.describe(day);
        return new ExplanationStep(day, kind, info.kind(), count, info.label(), info.citation());
    }

    /**
     * All citations a result rests on, for lists of sources: the rules, then every calendar source a
     * counted or skipped day relied on (a holiday, a substitute day, a decree, the weekend rule), so
     * that an unverified decree is named where the count used it.
     */
    public static List<Citation> citations(DeadlineResult result) {
        var citations = new ArrayList<Citation>();
        citations.add(result.regimeCitation());
        var steps = new ArrayList<ExplanationStep>();
        if (result.filing() != null) {
            citations.add(result.filing().citation());
            if (result.filing().firstDayCitation() != null) {
                citations.add(result.filing().firstDayCitation());
            }
            steps.addAll(result.filing().steps());
        }
        if (result.authority() != null) {
            citations.add(result.authority().citation());
            steps.addAll(result.authority().steps());
        }
        result.notes().forEach(note -> citations.add(note.citation()));
        steps.forEach(step -> citations.add(step.citation()));
        return citations.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
