package org.assemblyportal.authority;

import java.util.List;

/**
 * What the case's lawyers made of a finding: whether it stands dismissed, the dismissal that put
 * it so ({@code dismissal}, null when it is not dismissed) and every dismissal and restoration of
 * it, oldest first. A dismissed finding is still a finding: it is shown marked, never hidden.
 */
public record FindingReview(boolean dismissed, DismissalEvent dismissal, List<DismissalEvent> history) {

    /** A finding nobody has dismissed. */
    public static final FindingReview OPEN = new FindingReview(false, null, List.of());

    public FindingReview {
        history = List.copyOf(history);
    }

    static FindingReview of(List<DismissalEvent> history) {
        if (history.isEmpty()) {
            return OPEN;
        }
        var latest = history.get(history.size() - 1);
        var dismissed = latest.action() == DismissalEvent.Action.DISMISSED;
        return new FindingReview(dismissed, dismissed ? latest : null, history);
    }
}
