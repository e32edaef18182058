package org.assemblyportal.authority;

import org.assemblyportal.authority.ComplianceFinding.Kind;

/**
 * A lawyer's decision on a finding, named by its filing and kind: to dismiss it (a reason is
 * required, kept as typed) or to restore it (the reason is optional).
 */
public record FindingDecision(Integer filingSequence, Kind kind, String reason) {
}
