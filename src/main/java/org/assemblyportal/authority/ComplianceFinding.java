package org.assemblyportal.authority;

import java.util.List;
import org.assemblyportal.jurisdiction.Citation;

/**
 * One way the authority did not keep to its own rules, with the facts and the law behind it.
 * {@code messageKey} and {@code arguments} make its translated explanation.
 */
public record ComplianceFinding(Kind kind, String messageKey, List<Object> arguments, List<Citation> citations) {

    public ComplianceFinding {
        arguments = List.copyOf(arguments);
        citations = List.copyOf(citations);
    }

    public enum Kind {
        /** The decision is dated after the due date. */
        ANSWER_LATE,
        /** The decision's date is unknown or in time, but it reached the organizers after the due date. */
        RECEIVED_LATE,
        /** The due date has passed without any answer logged; the finding says what silence means. */
        NO_ANSWER,
        /** A refusal names a reason that is not among the law's grounds. */
        GROUND_NOT_IN_LAW,
        /** A refusal without the alternative the rules require to be offered first. */
        NO_ALTERNATIVE_BEFORE_REFUSAL,
        /** A decision sent by e-mail or SMS without the registered-mail copy the rules require. */
        NO_REGISTERED_COPY,
        /** An answer imposes a condition the rule file does not let the authority impose on this form. */
        CONDITIONS_BEYOND_RULES;

        public String messageKey() {
            return "compliance." + name().toLowerCase().replace('_', '-');
        }
    }
}
