package org.assemblyportal.monitoring;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/** A route walk to schedule: its name, when (local time in the jurisdiction) and the segment numbers it covers. */
public record WalkToSchedule(String name, LocalDateTime plannedAt, List<Integer> segments) {

    public WalkToSchedule {
        segments = segments == null ? List.of() : segments.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }
}
