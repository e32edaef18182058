package org.assemblyportal.jurisdiction;

import java.util.Set;

/**
 * What the rule file says that the compliance checks need in a form code can act on: which
 * outcomes are refusals and which offer an alternative, whether an alternative must be offered
 * before a refusal (and on what authority), and which delivery channels need a registered-mail
 * copy. Empty sets and nulls where the law says nothing.
 */
public record ComplianceSpec(Set<String> refusalOutcomes, Set<String> alternativeOutcomes,
        Citation alternativeBeforeRefusal, Set<String> channelsNeedingCopy, String copyChannel, Citation copyRule) {

    public ComplianceSpec {
        refusalOutcomes = Set.copyOf(refusalOutcomes);
        alternativeOutcomes = Set.copyOf(alternativeOutcomes);
        channelsNeedingCopy = Set.copyOf(channelsNeedingCopy);
    }

    public static ComplianceSpec none() {
        return new ComplianceSpec(Set.of(), Set.of(), null, Set.of(), null, null);
    }

    public boolean isRefusal(String outcome) {
        return refusalOutcomes.contains(outcome);
    }

    public boolean offersAlternative(String outcome) {
        return alternativeOutcomes.contains(outcome);
    }
}
