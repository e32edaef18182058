package org.assemblyportal.jurisdiction;

import java.util.List;
import java.util.Set;

/**
 * What the rule file says that the compliance checks need in a form code can act on: which
 * outcomes are refusals and which offer an alternative, whether an alternative must be offered
 * before a refusal (and on what authority), and which delivery channels need a registered-mail
 * copy; and which conditions the authority may impose ({@code permittedConditions}, from the
 * file's top-level list). Empty sets and nulls where the law says nothing.
 */
public record ComplianceSpec(Set<String> refusalOutcomes, Set<String> alternativeOutcomes,
        Citation alternativeBeforeRefusal, Set<String> channelsNeedingCopy, String copyChannel, Citation copyRule,
        List<PermittedCondition> permittedConditions) {

    public ComplianceSpec {
        refusalOutcomes = Set.copyOf(refusalOutcomes);
        alternativeOutcomes = Set.copyOf(alternativeOutcomes);
        channelsNeedingCopy = Set.copyOf(channelsNeedingCopy);
        permittedConditions = permittedConditions == null ? List.of() : List.copyOf(permittedConditions);
    }

    public ComplianceSpec(Set<String> refusalOutcomes, Set<String> alternativeOutcomes, Citation alternativeBeforeRefusal,
            Set<String> channelsNeedingCopy, String copyChannel, Citation copyRule) {
        this(refusalOutcomes, alternativeOutcomes, alternativeBeforeRefusal, channelsNeedingCopy, copyChannel, copyRule,
                List.of());
    }

    public static ComplianceSpec none() {
        return new ComplianceSpec(Set.of(), Set.of(), null, Set.of(), null, null);
    }

    ComplianceSpec withPermittedConditions(List<PermittedCondition> conditions) {
        return new ComplianceSpec(refusalOutcomes, alternativeOutcomes, alternativeBeforeRefusal, channelsNeedingCopy,
                copyChannel, copyRule, conditions);
    }

    /** The conditions the law lets the authority impose on {@code form} (every listed one if the form is unknown). */
    public List<PermittedCondition> permittedConditions(AssemblyForm form) {
        return permittedConditions.stream().filter(c -> c.appliesTo(form)).toList();
    }

    public boolean isRefusal(String outcome) {
        return refusalOutcomes.contains(outcome);
    }

    public boolean offersAlternative(String outcome) {
        return alternativeOutcomes.contains(outcome);
    }
}
