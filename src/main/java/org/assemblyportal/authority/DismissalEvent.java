package org.assemblyportal.authority;

import java.time.Instant;
import org.assemblyportal.authority.ComplianceFinding.Kind;

/**
 * A step in a finding's history: a lawyer dismissed it (with the reason, as typed) or restored it
 * (the reason optional). {@code by} is the lawyer's display name.
 */
public record DismissalEvent(int filingSequence, Kind kind, Action action, String reason, Instant at, String by) {

    public enum Action {
        DISMISSED,
        RESTORED
    }
}
