package org.assemblyportal.authority;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A recorded response to filing {@code filingSequence} of the case. Codes are the rule file's
 * ({@code channel} may be {@link ResponseService#INFORMAL_CHANNEL}); {@code reasonText} is exactly as
 * typed. {@code corrects} names the response this one corrects, if any. {@code conditionCodes} are
 * the conditions imposed in codes (the rule file's or {@link ResponseService#CONDITION_NOT_IN_LAW}).
 */
public record ResponseView(UUID id, UUID caseId, UUID filingId, int filingSequence, UUID corrects,
        ZonedDateTime receivedAt, String zone, LocalDate decisionDate, String channel, String documentNumber,
        String signatory, String outcome, List<String> grounds, String conditions, String reasonText,
        Instant recordedAt, String recordedBy, List<ResponseFile> files, List<String> conditionCodes) {

    public ResponseView {
        grounds = List.copyOf(grounds);
        files = List.copyOf(files);
        conditionCodes = conditionCodes == null ? List.of() : List.copyOf(conditionCodes);
    }
}
