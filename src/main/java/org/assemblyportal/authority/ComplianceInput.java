package org.assemblyportal.authority;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assemblyportal.jurisdiction.Citation;
import org.assemblyportal.jurisdiction.SilenceRule;

/**
 * What the compliance rules look at for one filing: the authority's due date from the deadline
 * engine, the answer if there is one, and what the jurisdiction's rule file requires. Everything
 * is already resolved to plain facts, so the rules are pure and a lawyer can follow them.
 *
 * @param dueDate         the authority's last day to answer (jurisdiction-local), null if the law sets none
 * @param answer          the authority's answer, null while none has been logged
 * @param legalGrounds    the refusal ground codes the rule file lists
 * @param alternativeRule the rule that an alternative must be offered before a refusal, null where there is none
 * @param copyRule        the rule that a decision sent by e-mail or SMS must be followed by registered mail, null where none
 * @param channelsNeedingCopy the delivery channels that need that copy
 * @param permittedConditions the condition codes the rule file lets the authority impose on the filing's form
 * @param conditionsRule  the sources of those conditions (empty where the rule file lists none)
 */
public record ComplianceInput(LocalDate today, LocalDate dueDate, Citation dueCitation, SilenceRule silence,
        Answer answer, Set<String> legalGrounds, Citation alternativeRule, Citation copyRule,
        Set<String> channelsNeedingCopy, Set<String> permittedConditions, List<Citation> conditionsRule) {

    public ComplianceInput {
        legalGrounds = Set.copyOf(legalGrounds);
        channelsNeedingCopy = Set.copyOf(channelsNeedingCopy);
        permittedConditions = permittedConditions == null ? Set.of() : Set.copyOf(permittedConditions);
        conditionsRule = conditionsRule == null ? List.of() : List.copyOf(conditionsRule);
    }

    /** Facts for a jurisdiction whose rule file lists no permitted conditions. */
    public ComplianceInput(LocalDate today, LocalDate dueDate, Citation dueCitation, SilenceRule silence, Answer answer,
            Set<String> legalGrounds, Citation alternativeRule, Citation copyRule, Set<String> channelsNeedingCopy) {
        this(today, dueDate, dueCitation, silence, answer, legalGrounds, alternativeRule, copyRule, channelsNeedingCopy,
                Set.of(), List.of());
    }

    /**
     * The authority's answer as logged. {@code decisionDate} is the date on its document (may be
     * unknown); {@code receivedOn} the day it reached the organizers. Ground codes outside
     * {@link #legalGrounds} stand for reasons the law does not list; condition codes outside
     * {@link #permittedConditions} for conditions it does not provide for.
     */
    public record Answer(LocalDate decisionDate, LocalDate receivedOn, boolean refusal, List<String> groundCodes,
            boolean alternativeOffered, String channel, boolean registeredCopyReceived, List<String> conditionCodes) {

        public Answer {
            groundCodes = List.copyOf(groundCodes);
            conditionCodes = conditionCodes == null ? List.of() : List.copyOf(conditionCodes);
        }

        /** An answer that imposes no coded condition. */
        public Answer(LocalDate decisionDate, LocalDate receivedOn, boolean refusal, List<String> groundCodes,
                boolean alternativeOffered, String channel, boolean registeredCopyReceived) {
            this(decisionDate, receivedOn, refusal, groundCodes, alternativeOffered, channel, registeredCopyReceived,
                    List.of());
        }
    }
}
