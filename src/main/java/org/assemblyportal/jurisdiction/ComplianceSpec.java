package org.assemblyportal.jurisdiction;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rule file says that the compliance checks need in a form code can act on: which
 * outcomes are refusals and which offer an alternative, whether an alternative must be offered
 * before a refusal (and on what authority), and which delivery channels need a registered-mail
 * copy; and which conditions the authority may impose ({@code permittedConditions}, from the
 * file's top-level list). Empty sets and nulls where the law says nothing.
 */
public record ComplianceSpec(Set<String> refusalOutcomes, Set<String> alternativeOutcomes,
        Citation alternativeBeforeRefusal, Set<String> alternativeBeforeRefusalGrounds, Set<String> channelsNeedingCopy,
        String copyChannel, Citation copyRule, List<PermittedCondition> permittedConditions,
        Map<String, Set<String>> groundsByOutcome) {

    public ComplianceSpec {
        alternativeBeforeRefusalGrounds = alternativeBeforeRefusalGrounds == null ? Set.of()
                : Set.copyOf(alternativeBeforeRefusalGrounds);
        refusalOutcomes = Set.copyOf(refusalOutcomes);
        alternativeOutcomes = Set.copyOf(alternativeOutcomes);
        channelsNeedingCopy = Set.copyOf(channelsNeedingCopy);
        permittedConditions = permittedConditions == null ? List.of() : List.copyOf(permittedConditions);
        groundsByOutcome = groundsByOutcome == null ? Map.of() : Map.copyOf(groundsByOutcome);
    }

    public ComplianceSpec(Set<String> refusalOutcomes, Set<String> alternativeOutcomes, Citation alternativeBeforeRefusal,
            Set<String> channelsNeedingCopy, String copyChannel, Citation copyRule) {
        this(refusalOutcomes, alternativeOutcomes, alternativeBeforeRefusal, Set.of(), channelsNeedingCopy, copyChannel,
                copyRule, List.of(), Map.of());
    }

    public static ComplianceSpec none() {
        return new ComplianceSpec(Set.of(), Set.of(), null, Set.of(), null, null);
    }

    ComplianceSpec withPermittedConditions(List<PermittedCondition> conditions) {
        return new ComplianceSpec(refusalOutcomes, alternativeOutcomes, alternativeBeforeRefusal,
                alternativeBeforeRefusalGrounds, channelsNeedingCopy, copyChannel, copyRule, conditions, groundsByOutcome);
    }

    ComplianceSpec withAlternativeGrounds(Set<String> grounds) {
        return new ComplianceSpec(refusalOutcomes, alternativeOutcomes, alternativeBeforeRefusal, grounds,
                channelsNeedingCopy, copyChannel, copyRule, permittedConditions, groundsByOutcome);
    }

    ComplianceSpec withGroundsByOutcome(Map<String, Set<String>> byOutcome) {
        return new ComplianceSpec(refusalOutcomes, alternativeOutcomes, alternativeBeforeRefusal,
                alternativeBeforeRefusalGrounds, channelsNeedingCopy, copyChannel, copyRule, permittedConditions, byOutcome);
    }

    /**
     * The grounds the law allows for an outcome, among those in force ({@code inForce}): where the
     * rule file narrows them for the outcome (England: a ban under s.13 only for serious public
     * disorder), only those.
     */
    public Set<String> groundsFor(String outcome, Set<String> inForce) {
        var narrowed = groundsByOutcome.get(outcome);
        if (narrowed == null) {
            return inForce;
        }
        return inForce.stream().filter(narrowed::contains).collect(java.util.stream.Collectors.toSet());
    }

    /** The conditions the law let the authority impose on {@code form} on {@code day}. */
    public List<PermittedCondition> permittedConditions(AssemblyForm form, java.time.LocalDate day) {
        return permittedConditions(form).stream()
                .filter(c -> c.citation() == null || c.citation().inForce().covers(day)).toList();
    }

    /**
     * The rule that an alternative must be offered before this refusal, or null where none binds
     * it: the rule must be in force on the day of the decision, and where it names grounds (in
     * Kazakhstan only Art. 14(1)(10), Constitutional Court 61-NP), the refusal must rest on one.
     */
    public Citation alternativeBeforeRefusal(java.time.LocalDate decidedOn, java.util.Collection<String> grounds) {
        if (alternativeBeforeRefusal == null || !alternativeBeforeRefusal.inForce().covers(decidedOn)) {
            return null;
        }
        if (!alternativeBeforeRefusalGrounds.isEmpty()
                && (grounds == null || grounds.stream().noneMatch(alternativeBeforeRefusalGrounds::contains))) {
            return null;
        }
        return alternativeBeforeRefusal;
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
