package org.assemblyportal.authority;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assemblyportal.evidence.LedgerEvent;
import org.assemblyportal.evidence.LedgerFile;
import org.assemblyportal.evidence.LedgerSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the authority module describes its records in the case ledger (decision 016). Each kind's
 * payload is built by one method of its entity ({@code ledgerPayload()}), used both when the service
 * appends the event and by the kind's {@link LedgerSource}, so that the two cannot drift apart. The
 * records below are part of the evidence format: change one only by adding a new {@code v}. No
 * payload names the portal user who recorded it; the entry's pseudonymous actor does.
 */
final class AuthorityLedger {

    static final String RESPONSE = "response";
    static final String CLAIM = "claim";
    static final String COMMUNICATION = "communication";
    static final String FINDING = "finding";

    private AuthorityLedger() {
    }

    /** A response as received; {@code signatory} names an official of the authority. */
    record ResponsePayload(int v, UUID id, UUID filing, int filingSequence, UUID corrects, Instant receivedAt,
            String receivedZone, LocalDate decisionDate, String channel, String documentNumber, String signatory,
            String outcome, List<String> grounds, String conditions, List<String> conditionCodes, String reasonText,
            Instant recordedAt, List<LedgerFile> files) {
    }

    record ClaimSegmentEntry(int number, String from, String to) {
    }

    record ClaimPayload(int v, UUID id, UUID response, int filingSequence, UUID corrects, ClaimType type, String place,
            List<ClaimSegmentEntry> segments, Instant windowStart, Instant windowEnd, String windowZone, String quote,
            Instant recordedAt) {
    }

    /** A contact with the authority; the participants are named as told (personal data). */
    record CommunicationPayload(int v, UUID id, UUID corrects, CommunicationKind kind, Instant occurredAt,
            String occurredZone, CommunicationDirection direction, String authorityParticipants,
            String ourParticipants, String summary, Instant recordedAt, List<LedgerFile> files) {
    }

    /** One step in a compliance finding's review (a dismissal or a restoring); its subject is the step. */
    record FindingPayload(int v, UUID id, int ordinal, int filingSequence, ComplianceFinding.Kind finding,
            DismissalEvent.Action action, String reason, Instant recordedAt) {
    }

    static LedgerEvent event(AuthorityResponse response) {
        var payload = response.ledgerPayload();
        return new LedgerEvent(response.caseId(), RESPONSE + (payload.corrects() == null ? ".recorded" : ".corrected"),
                LedgerEvent.subject(RESPONSE, payload.id()), response.recordedBy(), payload);
    }

    static LedgerEvent event(StatedClaim claim) {
        var payload = claim.ledgerPayload();
        return new LedgerEvent(claim.caseId(), CLAIM + (payload.corrects() == null ? ".recorded" : ".corrected"),
                LedgerEvent.subject(CLAIM, payload.id()), claim.recordedBy(), payload);
    }

    static LedgerEvent event(AuthorityCommunication communication) {
        var payload = communication.ledgerPayload();
        return new LedgerEvent(communication.caseId(),
                COMMUNICATION + (payload.corrects() == null ? ".recorded" : ".corrected"),
                LedgerEvent.subject(COMMUNICATION, payload.id()), communication.recordedBy(), payload);
    }

    static LedgerEvent event(FindingDismissal step) {
        var payload = step.ledgerPayload();
        return new LedgerEvent(step.caseId(), FINDING + "." + payload.action().name().toLowerCase(java.util.Locale.ROOT),
                LedgerEvent.subject(FINDING, payload.id()), step.recordedBy(), payload);
    }

    @Component
    static class Responses implements LedgerSource {

        private final AuthorityResponseRepository responses;

        Responses(AuthorityResponseRepository responses) {
            this.responses = responses;
        }

        @Override
        public String kind() {
            return RESPONSE;
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, Object> currentPayloads(UUID caseId) {
            var result = new LinkedHashMap<String, Object>();
            responses.findWithDetailsByCaseId(caseId)
                    .forEach(r -> result.put(LedgerEvent.subject(RESPONSE, r.id()), r.ledgerPayload()));
            return result;
        }
    }

    @Component
    static class Claims implements LedgerSource {

        private final StatedClaimRepository claims;

        Claims(StatedClaimRepository claims) {
            this.claims = claims;
        }

        @Override
        public String kind() {
            return CLAIM;
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, Object> currentPayloads(UUID caseId) {
            var result = new LinkedHashMap<String, Object>();
            claims.findWithSegmentsByCaseId(caseId)
                    .forEach(c -> result.put(LedgerEvent.subject(CLAIM, c.id()), c.ledgerPayload()));
            return result;
        }
    }

    @Component
    static class Communications implements LedgerSource {

        private final AuthorityCommunicationRepository communications;

        Communications(AuthorityCommunicationRepository communications) {
            this.communications = communications;
        }

        @Override
        public String kind() {
            return COMMUNICATION;
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, Object> currentPayloads(UUID caseId) {
            var result = new LinkedHashMap<String, Object>();
            communications.findWithFilesByCaseId(caseId)
                    .forEach(c -> result.put(LedgerEvent.subject(COMMUNICATION, c.id()), c.ledgerPayload()));
            return result;
        }
    }

    @Component
    static class Findings implements LedgerSource {

        private final FindingDismissalRepository dismissals;

        Findings(FindingDismissalRepository dismissals) {
            this.dismissals = dismissals;
        }

        @Override
        public String kind() {
            return FINDING;
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, Object> currentPayloads(UUID caseId) {
            var result = new LinkedHashMap<String, Object>();
            dismissals.findByCaseIdOrderByOrdinal(caseId)
                    .forEach(d -> result.put(LedgerEvent.subject(FINDING, d.id()), d.ledgerPayload()));
            return result;
        }
    }
}
