package org.assemblyportal.jurisdiction;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Everything the deadline engine found for one planned assembly: when to file, when the authority
 * must answer and what its silence means, each with the count that led to it and the law behind it.
 */
public record DeadlineResult(String jurisdiction, AssemblyForm form, Regime regime, Citation regimeCitation,
        ZonedDateTime plannedStart, Filing filing, AuthorityDue authority, Status status, List<LabeledRule> exemptions,
        String countingRule, LocalDate rulesOn, InForce rulesInForce, List<Integer> provisionalYears,
        List<LabeledRule> notes) {

    public DeadlineResult {
        exemptions = List.copyOf(exemptions);
        provisionalYears = List.copyOf(provisionalYears);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** Whether any day the count relied on lies in a year without decreed transfers yet. */
    public boolean provisional() {
        return !provisionalYears.isEmpty();
    }

    /** When to file. {@code lastMoment} is set for periods in hours; {@code firstDay} when the law sets a maximum. */
    public record Filing(Period period, LocalDate lastDay, ZonedDateTime lastMoment, LocalDate firstDay,
            Citation citation, Citation firstDayCitation, List<ExplanationStep> steps) {

        public Filing {
            steps = List.copyOf(steps);
        }
    }

    /** When the authority must answer at the latest, counted from the registration date. */
    public record AuthorityDue(Period period, CountFrom countFrom, LocalDate registeredOn, LocalDate dueDate,
            ZonedDateTime dueMoment, SilenceRule silence, Citation citation, List<ExplanationStep> steps) {

        public AuthorityDue {
            steps = List.copyOf(steps);
        }
    }

    /**
     * The last day to appeal a decision, counted from the day it was received; {@code lastMoment}
     * is set for periods in hours.
     */
    public record AppealDue(Period period, LocalDate receivedOn, LocalDate lastDay, ZonedDateTime lastMoment,
            Citation citation, List<ExplanationStep> steps) {

        public AppealDue {
            steps = List.copyOf(steps);
        }
    }

    /**
     * Where things stand on {@code today}: days left to file (negative when late), whether the
     * filing was in time (when a registration date is known), and the earliest start that can still
     * be met when it is too late.
     */
    public record Status(LocalDate today, Long daysLeftToFile, Boolean filedInTime, boolean tooLate,
            LocalDate earliestLawfulStart) {
    }
}
