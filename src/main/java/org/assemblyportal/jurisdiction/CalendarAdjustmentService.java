package org.assemblyportal.jurisdiction;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.base.Violations;
import org.assemblyportal.security.CurrentUser;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decrees that move working days, recorded by administrators so that a new decree needs no
 * release. Each change rebuilds the jurisdiction's calendar at once.
 */
@Service
@Transactional
public class CalendarAdjustmentService {

    private final StoredAdjustmentRepository adjustments;
    private final CalendarCoverageRepository coverage;
    private final JurisdictionService jurisdictions;
    private final CurrentUser currentUser;
    private final Clock clock;

    CalendarAdjustmentService(StoredAdjustmentRepository adjustments, CalendarCoverageRepository coverage,
            JurisdictionService jurisdictions, CurrentUser currentUser, Clock clock) {
        this.adjustments = adjustments;
        this.coverage = coverage;
        this.jurisdictions = jurisdictions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** At start-up, every calendar gets the decrees recorded in the database. */
    @EventListener(ApplicationStartedEvent.class)
    @Transactional(readOnly = true)
    public void applyRecordedDecrees() {
        var active = adjustments.findByRemovedAtIsNull().stream()
                .collect(Collectors.groupingBy(StoredAdjustment::jurisdictionCode));
        for (var summary : jurisdictions.all()) {
            rebuild(summary.code(), active.getOrDefault(summary.code(), List.of()));
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<RecordedAdjustment> recorded(String jurisdiction) {
        requireKnown(jurisdiction);
        return adjustments.findByJurisdictionCodeOrderByAdjustedOnDesc(jurisdiction).stream()
                .map(StoredAdjustment::toRecord).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public RecordedAdjustment record(String jurisdiction, NewAdjustment adjustment) {
        var current = requireKnown(jurisdiction);
        var violations = new Violations();
        if (adjustment.date() == null) {
            violations.add("date", "validation.required");
        } else if (adjustment.date().getYear() < current.calendar().firstYear()) {
            violations.add("date", "calendar.adjustment.before-data", String.valueOf(current.calendar().firstYear()));
        } else if (current.calendar().covers(adjustment.date())
                && current.calendar().isWorkingDay(adjustment.date()) == adjustment.workingDay()) {
            violations.add("date", adjustment.workingDay() ? "calendar.adjustment.already-working"
                    : "calendar.adjustment.already-off");
        }
        violations.requireText("labelEn", adjustment.labelEn(), StoredAdjustment.LABEL_MAX);
        optionalText(violations, "labelRu", adjustment.labelRu(), StoredAdjustment.LABEL_MAX);
        optionalText(violations, "labelKk", adjustment.labelKk(), StoredAdjustment.LABEL_MAX);
        violations.requireText("act", adjustment.act(), StoredAdjustment.ACT_MAX);
        optionalText(violations, "article", adjustment.article(), StoredAdjustment.ARTICLE_MAX);
        optionalText(violations, "url", adjustment.url(), StoredAdjustment.URL_MAX);
        if (adjustment.url() != null && !adjustment.url().isBlank() && !adjustment.url().strip().matches("https?://\\S+")) {
            violations.add("url", "validation.url");
        }
        violations.throwIfAny();
        var stored = adjustments.save(new StoredAdjustment(jurisdiction, adjustment, clock.instant(), currentUser.id()));
        rebuild(jurisdiction);
        return stored.toRecord();
    }

    /** Withdraws a recorded decree (it stays in the history, marked removed). */
    @PreAuthorize("hasRole('ADMIN')")
    public void withdraw(String jurisdiction, UUID id) {
        // The decree must belong to the jurisdiction named: a KZ address never withdraws another calendar's decree.
        var stored = adjustments.findById(id).filter(a -> a.jurisdictionCode().equals(jurisdiction))
                .orElseThrow(() -> new NotFoundException("calendar.adjustment.not-found"));
        stored.remove(clock.instant(), currentUser.id());
        rebuild(stored.jurisdictionCode());
    }

    /** Declares the calendar data complete through a year, so deadlines may be counted into it. */
    @PreAuthorize("hasRole('ADMIN')")
    public void confirmThrough(String jurisdiction, int lastYear) {
        var current = requireKnown(jurisdiction);
        var violations = new Violations();
        if (lastYear < current.calendar().firstYear() || lastYear > current.calendar().firstYear() + 100) {
            violations.add("lastYear", "calendar.coverage.invalid");
        }
        violations.throwIfAny();
        coverage.save(new CalendarCoverage(jurisdiction, lastYear, clock.instant(), currentUser.id()));
        rebuild(jurisdiction);
    }

    private void rebuild(String jurisdiction) {
        rebuild(jurisdiction, adjustments.findByJurisdictionCodeOrderByAdjustedOnDesc(jurisdiction).stream()
                .filter(a -> a.toRecord().active()).toList());
    }

    private void rebuild(String jurisdiction, List<StoredAdjustment> active) {
        var lastYear = coverage.findById(jurisdiction).map(CalendarCoverage::lastYear)
                .orElse(jurisdictions.shippedLastYear(jurisdiction));
        // Oldest first, so that a later decree about the same day wins.
        var ordered = active.stream().map(StoredAdjustment::toRecord)
                .sorted(java.util.Comparator.comparing(RecordedAdjustment::createdAt))
                .map(RecordedAdjustment::adjustment).toList();
        jurisdictions.applyAdjustments(jurisdiction, ordered, lastYear);
    }

    private Jurisdiction requireKnown(String code) {
        return jurisdictions.jurisdiction(code).orElseThrow(() -> new NotFoundException("jurisdiction.not-found",
                String.valueOf(code)));
    }

    private static void optionalText(Violations violations, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            violations.add(field, "validation.too-long", max);
        }
    }
}
