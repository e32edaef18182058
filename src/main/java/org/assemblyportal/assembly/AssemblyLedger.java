package org.assemblyportal.assembly;

import static org.assemblyportal.evidence.LedgerEvent.micros;

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
 * How the case module describes its records in the case ledger (decision 016): one payload function
 * per subject kind, used both when a service appends the event and by the kind's {@link LedgerSource},
 * so that what was appended and what verification rebuilds from the tables cannot drift apart. A
 * payload is part of the evidence format: change one only by adding a new {@code v}.
 */
final class AssemblyLedger {

    static final String CASE = "case";
    static final String MEMBERSHIP = "membership";
    static final String FILING = "filing";
    static final String PROOF = "proof";

    private AssemblyLedger() {
    }

    record CasePayload(int v, UUID id, String title, String jurisdictionCode, LocalDate plannedDate,
            Instant createdAt) {
    }

    static CasePayload payload(AssemblyCase aCase) {
        return new CasePayload(1, aCase.id(), aCase.title(), aCase.jurisdictionCode(), aCase.plannedDate(),
                micros(aCase.createdAt()));
    }

    /**
     * A person's place in the case, named by the membership's own id: never a user id or name. That id is
     * as good as a pseudonym (the portal alone maps it to a person, and one person has unrelated ids in two
     * cases), and unlike the ledger's actor pseudonym it exists for members who have not recorded anything.
     */
    record MembershipPayload(int v, UUID id, CaseRole role, Instant addedAt) {
    }

    static MembershipPayload payload(CaseMembership membership) {
        return new MembershipPayload(1, membership.id(), membership.role(), micros(membership.addedAt()));
    }

    static LedgerEvent added(CaseMembership membership) {
        return new LedgerEvent(membership.caseId(), MEMBERSHIP + ".added",
                LedgerEvent.subject(MEMBERSHIP, membership.id()), membership.addedBy(), payload(membership));
    }

    /** A proof file of the filing: what it shows, and which of {@code files} it is. */
    record ProofEntry(ProofKind kind, String sha256) {
    }

    /**
     * The filing as recorded, with the draft exactly as frozen (the text its hash was taken of). The
     * draft names the organizers: this payload carries personal data.
     */
    record FilingPayload(int v, UUID id, int sequence, UUID amends, FilingChannel channel, String registrationNumber,
            Instant registeredAt, String registeredZone, int draftRevision, String snapshotSha256, String snapshot,
            Instant recordedAt, List<ProofEntry> proofs, List<LedgerFile> files) {
    }

    static FilingPayload payload(Filing filing) {
        return new FilingPayload(1, filing.id(), filing.sequence(), filing.amends(), filing.channel(),
                filing.registrationNumber(), micros(filing.registeredInstant()), filing.registeredZone(),
                filing.draftRevision(), filing.snapshotSha256(), filing.snapshot(), micros(filing.recordedAt()),
                filing.proofs().stream().map(p -> new ProofEntry(p.kind(), p.sha256())).toList(),
                filing.proofs().stream().map(FilingProof::file).toList());
    }

    /** A proof file added to a filing later. */
    record ProofPayload(int v, UUID id, UUID filing, ProofKind kind, Instant addedAt, List<LedgerFile> files) {
    }

    static ProofPayload payload(LaterProof proof) {
        return new ProofPayload(1, proof.id(), proof.filingId(), proof.proof().kind(), micros(proof.addedAt()),
                List.of(proof.proof().file()));
    }

    static LedgerEvent opened(AssemblyCase aCase) {
        return new LedgerEvent(aCase.id(), CASE + ".opened", LedgerEvent.subject(CASE, aCase.id()),
                aCase.createdBy(), payload(aCase));
    }

    static LedgerEvent recorded(Filing filing) {
        return new LedgerEvent(filing.caseId(), FILING + ".recorded", LedgerEvent.subject(FILING, filing.id()),
                filing.recordedBy(), payload(filing));
    }

    static LedgerEvent added(LaterProof proof) {
        return new LedgerEvent(proof.caseId(), PROOF + ".added", LedgerEvent.subject(PROOF, proof.id()),
                proof.addedBy(), payload(proof));
    }

    @Component
    static class Cases implements LedgerSource {

        private final CaseRepository cases;

        Cases(CaseRepository cases) {
            this.cases = cases;
        }

        @Override
        public String kind() {
            return CASE;
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, Object> currentPayloads(UUID caseId) {
            return cases.findById(caseId)
                    .<Map<String, Object>>map(c -> Map.of(LedgerEvent.subject(CASE, c.id()), payload(c)))
                    .orElse(Map.of());
        }
    }

    @Component
    static class Memberships implements LedgerSource {

        private final CaseMembershipRepository memberships;

        Memberships(CaseMembershipRepository memberships) {
            this.memberships = memberships;
        }

        @Override
        public String kind() {
            return MEMBERSHIP;
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, Object> currentPayloads(UUID caseId) {
            var result = new LinkedHashMap<String, Object>();
            memberships.findByCaseIdOrderByAddedAt(caseId)
                    .forEach(m -> result.put(LedgerEvent.subject(MEMBERSHIP, m.id()), payload(m)));
            return result;
        }
    }

    @Component
    static class Filings implements LedgerSource {

        private final FilingRepository filings;

        Filings(FilingRepository filings) {
            this.filings = filings;
        }

        @Override
        public String kind() {
            return FILING;
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, Object> currentPayloads(UUID caseId) {
            var result = new LinkedHashMap<String, Object>();
            filings.findWithProofsByCaseId(caseId)
                    .forEach(f -> result.put(LedgerEvent.subject(FILING, f.id()), payload(f)));
            return result;
        }
    }

    @Component
    static class LaterProofs implements LedgerSource {

        private final LaterProofRepository proofs;

        LaterProofs(LaterProofRepository proofs) {
            this.proofs = proofs;
        }

        @Override
        public String kind() {
            return PROOF;
        }

        @Override
        @Transactional(readOnly = true)
        public Map<String, Object> currentPayloads(UUID caseId) {
            var result = new LinkedHashMap<String, Object>();
            proofs.findByCaseIdOrderByAddedAt(caseId)
                    .forEach(p -> result.put(LedgerEvent.subject(PROOF, p.id()), payload(p)));
            return result;
        }
    }
}
