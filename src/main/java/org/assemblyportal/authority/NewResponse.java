package org.assemblyportal.authority;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A response as the user reports it. {@code filingSequence} names the filing it answers (null: the
 * latest). {@code receivedAt} is local time in the case's jurisdiction. {@code channel},
 * {@code outcome} and {@code grounds} are codes of the jurisdiction's rule file (the channel may also
 * be {@link ResponseService#INFORMAL_CHANNEL}). {@code reasonText} is kept exactly as typed.
 * {@code conditionCodes} are the conditions imposed, in the rule file's codes or
 * {@link ResponseService#CONDITION_NOT_IN_LAW}; {@code conditions} their text as written.
 */
public record NewResponse(Integer filingSequence, LocalDateTime receivedAt, LocalDate decisionDate, String channel,
        String documentNumber, String signatory, String outcome, List<String> grounds, String conditions,
        String reasonText, List<String> conditionCodes) {

    public NewResponse {
        grounds = grounds == null ? List.of() : grounds.stream().filter(Objects::nonNull).toList();
        conditionCodes = conditionCodes == null ? List.of() : conditionCodes.stream().filter(Objects::nonNull).toList();
    }

    /** A response that imposes no coded condition. */
    public NewResponse(Integer filingSequence, LocalDateTime receivedAt, LocalDate decisionDate, String channel,
            String documentNumber, String signatory, String outcome, List<String> grounds, String conditions,
            String reasonText) {
        this(filingSequence, receivedAt, decisionDate, channel, documentNumber, signatory, outcome, grounds, conditions,
                reasonText, List.of());
    }
}
