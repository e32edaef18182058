package org.assemblyportal.authority;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.assemblyportal.authority.ComplianceFinding.Kind;
import org.assemblyportal.base.i18n.MessageKey;
import org.assemblyportal.jurisdiction.Citation;

/**
 * Where the authority broke its own rules, for one filing. Pure: the same input always gives the
 * same findings, each with the dates or codes it rests on and its legal source, so a lawyer can
 * check it by hand. Days late are calendar days after the due date, which itself is counted in
 * the authority's working days by the deadline engine.
 */
public final class ComplianceRules {

    private ComplianceRules() {
    }

    public static List<ComplianceFinding> evaluate(ComplianceInput input) {
        var findings = new ArrayList<ComplianceFinding>();
        var answer = input.answer();
        if (input.dueDate() != null) {
            if (answer == null) {
                if (input.today().isAfter(input.dueDate())) {
                    findings.add(finding(Kind.NO_ANSWER, List.of(input.dueDate(),
                            new MessageKey(input.silence() == null ? "silence.no-effect" : input.silence().messageKey())),
                            input.dueCitation()));
                }
            } else if (answer.decisionDate() != null && answer.decisionDate().isAfter(input.dueDate())) {
                findings.add(finding(Kind.ANSWER_LATE, List.of(answer.decisionDate(), input.dueDate(),
                        ChronoUnit.DAYS.between(input.dueDate(), answer.decisionDate())), input.dueCitation()));
            } else if (answer.receivedOn() != null && answer.receivedOn().isAfter(input.dueDate())) {
                findings.add(finding(Kind.RECEIVED_LATE, List.of(answer.receivedOn(), input.dueDate(),
                        ChronoUnit.DAYS.between(input.dueDate(), answer.receivedOn())), input.dueCitation()));
            }
        }
        if (answer == null) {
            return findings;
        }
        if (answer.refusal()) {
            var outside = answer.groundCodes().stream().filter(code -> !input.legalGrounds().contains(code)).toList();
            if (!outside.isEmpty()) {
                findings.add(finding(Kind.GROUND_NOT_IN_LAW, List.of(String.join(", ", outside)), null));
            }
            if (input.alternativeRule() != null && !answer.alternativeOffered()) {
                findings.add(finding(Kind.NO_ALTERNATIVE_BEFORE_REFUSAL, List.of(), input.alternativeRule()));
            }
        }
        if (input.copyRule() != null && input.channelsNeedingCopy().contains(answer.channel())
                && !answer.registeredCopyReceived()) {
            findings.add(finding(Kind.NO_REGISTERED_COPY, List.of(answer.channel()), input.copyRule()));
        }
        var beyond = answer.conditionCodes().stream().filter(code -> !input.permittedConditions().contains(code)).toList();
        if (!beyond.isEmpty()) {
            findings.add(new ComplianceFinding(Kind.CONDITIONS_BEYOND_RULES, Kind.CONDITIONS_BEYOND_RULES.messageKey(),
                    List.of(String.join(", ", beyond)), input.conditionsRule()));
        }
        return findings;
    }

    private static ComplianceFinding finding(Kind kind, List<Object> arguments, Citation citation) {
        return new ComplianceFinding(kind, kind.messageKey(), arguments, citation == null ? List.of() : List.of(citation));
    }
}
