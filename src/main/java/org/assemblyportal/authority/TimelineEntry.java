package org.assemblyportal.authority;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.jurisdiction.Citation;

/**
 * One thing on a case's timeline: something that happened or is due, when, in the jurisdiction's
 * {@code zone}. An {@code allDay} entry has a date and no time ({@code at} is the start of that day):
 * a legal deadline, or a finding that arose on a day. Its title is the translation key
 * {@code titleKey} with {@code titleArguments}; {@code detail} is text as recorded (a reason word for
 * word, a file name), {@code citation} its legal source, {@code reference} the id of what it shows
 * (a filing, a response, the case). {@code past} is as of the clock when the timeline was made:
 * a deadline stays coming until its last day is over.
 */
public record TimelineEntry(Instant at, ZoneId zone, boolean allDay, Kind kind, String titleKey,
        List<Object> titleArguments, String detail, Citation citation, boolean past, UUID reference) {

    /** Oldest first; on one day the timed entries first, then those of the whole day. */
    public static final Comparator<TimelineEntry> CHRONOLOGICAL = Comparator.comparing(TimelineEntry::date)
            .thenComparing(TimelineEntry::allDay).thenComparing(TimelineEntry::at).thenComparing(TimelineEntry::kind);

    public TimelineEntry {
        titleArguments = List.copyOf(titleArguments);
    }

    public enum Kind {
        /** The original filing and each amendment. */
        FILING,
        /** A proof file added to a filing after it was recorded. */
        PROOF,
        /** An answer of the authority as logged, and each correction of one. */
        RESPONSE,
        /** A meeting, call or letter with the authority (communications log). */
        COMMUNICATION,
        /** A factual reason of a refusal recorded as a claim that can be tested. */
        CLAIM,
        /** The last day to file, the authority's last day to answer each filing, the planned start. */
        DEADLINE,
        /** Where the authority did not keep to its rules, on the day it arose. */
        FINDING;

        public String messageKey() {
            return "timeline.kind." + name().toLowerCase().replace('_', '-');
        }
    }

    /** Something that happened or is due at a moment. */
    public static TimelineEntry at(Kind kind, ZonedDateTime at, UUID reference, String titleKey, Object... arguments) {
        return new TimelineEntry(at.toInstant(), at.getZone(), false, kind, titleKey, Arrays.asList(arguments), null,
                null, false, reference);
    }

    /** Something that falls on a day of the jurisdiction, without a time. */
    public static TimelineEntry on(Kind kind, LocalDate day, ZoneId zone, UUID reference, String titleKey,
            Object... arguments) {
        return new TimelineEntry(day.atStartOfDay(zone).toInstant(), zone, true, kind, titleKey, Arrays.asList(arguments),
                null, null, false, reference);
    }

    public TimelineEntry withDetail(String text) {
        return new TimelineEntry(at, zone, allDay, kind, titleKey, titleArguments, text, citation, past, reference);
    }

    public TimelineEntry withCitation(Citation source) {
        return new TimelineEntry(at, zone, allDay, kind, titleKey, titleArguments, detail, source, past, reference);
    }

    /**
     * The entry as seen at {@code now}: a moment is past once reached; a deadline's day once it is
     * over (the last day to act is still coming on that day); any other day once it has begun.
     */
    TimelineEntry asOf(Instant now) {
        var pastFrom = allDay && kind == Kind.DEADLINE ? date().plusDays(1).atStartOfDay(zone).toInstant() : at;
        return new TimelineEntry(at, zone, allDay, kind, titleKey, titleArguments, detail, citation,
                !now.isBefore(pastFrom), reference);
    }

    /** The moment in the jurisdiction's zone. */
    public ZonedDateTime localAt() {
        return at.atZone(zone);
    }

    /** The day in the jurisdiction, by which the timeline groups its entries. */
    public LocalDate date() {
        return localAt().toLocalDate();
    }
}
