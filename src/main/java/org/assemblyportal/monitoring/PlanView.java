package org.assemblyportal.monitoring;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A case's monitoring plan as its members read it. {@code filed} is false while the case has no
 * filing (the plan follows the filed route, so it then has no segments). {@code filedStart} is the
 * planned start as filed (local time in {@code zone}), from which the usual walks are counted.
 * {@code editable} says the signed-in user may change the plan.
 */
public record PlanView(UUID caseId, boolean filed, String zone, LocalDateTime filedStart,
        List<PlanSegmentView> segments, List<PlanWalkView> walks, boolean editable) {

    public PlanView {
        segments = List.copyOf(segments);
        walks = List.copyOf(walks);
    }

    /** The segment with this number, if the plan has it. */
    public java.util.Optional<PlanSegmentView> segment(int number) {
        return segments.stream().filter(s -> s.number() == number).findFirst();
    }
}
