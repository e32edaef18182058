package org.assemblyportal.assembly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assemblyportal.base.CanonicalJson;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.base.Violations;
import org.assemblyportal.evidence.BlobStore;
import org.assemblyportal.evidence.CaseLedger;
import org.assemblyportal.evidence.ContentType;
import org.assemblyportal.evidence.RejectedUploadException;
import org.assemblyportal.evidence.UploadPolicy;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.assemblyportal.security.CurrentUser;
import org.assemblyportal.security.UserService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that a case's notification or application was filed: when and how, the authority's
 * registration number, the draft frozen as filed and the proof files. Filings are never changed;
 * a correction is an amendment, a new filing that points at the one before. Only the case's
 * organizers, co-organizers and lawyers record and see filings (monitors do not see drafts).
 */
@Service
@Transactional
public class FilingService {

    /** Phone photos and scans of stamped copies and receipts; 25 MB holds a 48-megapixel JPEG. */
    static final UploadPolicy PROOF_POLICY = UploadPolicy.of(25, ContentType.JPEG, ContentType.PNG, ContentType.WEBP,
            ContentType.HEIC, ContentType.HEIF, ContentType.PDF);
    static final int MAX_PROOFS = 10;
    private static final int ROUTES_KEPT = 1000;
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final FilingRepository filings;
    private final LaterProofRepository laterProofs;
    private final ApplicationDraftRepository drafts;
    private final CaseRepository cases;
    private final CaseAccess access;
    private final CurrentUser currentUser;
    private final UserService users;
    private final JurisdictionService jurisdictions;
    private final BlobStore blobs;
    private final CaseLedger ledger;
    private final Clock clock;
    /** The routes of recent filings by filing id (see {@link #routeOf}); a few hundred bytes each. */
    private final Map<UUID, FiledRoute> routes = new ConcurrentHashMap<>();

    FilingService(FilingRepository filings, LaterProofRepository laterProofs, ApplicationDraftRepository drafts,
            CaseRepository cases, CaseAccess access, CurrentUser currentUser, UserService users,
            JurisdictionService jurisdictions, BlobStore blobs, CaseLedger ledger, Clock clock) {
        this.filings = filings;
        this.laterProofs = laterProofs;
        this.drafts = drafts;
        this.cases = cases;
        this.access = access;
        this.currentUser = currentUser;
        this.users = users;
        this.jurisdictions = jurisdictions;
        this.blobs = blobs;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Records the next filing of the case with the draft as it stands now. Proof files are optional:
     * that a filing happened, and when, matters more than whether someone photographed the stamped
     * copy, so a filing handed in by hand is recorded even without one. Every problem is reported at
     * once; proof files that passed are kept in the evidence store even then, so a retry stores
     * nothing twice.
     */
    @PreAuthorize("isAuthenticated()")
    public FilingView record(UUID caseId, NewFiling filing, List<ProofUpload> proofs) {
        requireRecorder(caseId);
        var zone = zoneOf(caseId);
        var previous = filings.findFirstByCaseIdOrderBySequenceDesc(caseId).orElse(null);
        var violations = new Violations();
        var registeredAt = checkReport(filing, zone, previous, violations);
        var frozen = freezeDraft(caseId, previous, violations);
        var stored = storeProofs(proofs == null ? List.of() : proofs, violations);
        violations.throwIfAny();

        var recorded = new Filing(caseId, previous, normalized(filing), registeredAt, frozen, stored, clock.instant(),
                currentUser.id());
        try {
            recorded = filings.saveAndFlush(recorded);
        } catch (DataIntegrityViolationException recordedMeanwhile) {
            throw new ConflictException("filing.conflict");
        }
        ledger.append(AssemblyLedger.recorded(recorded));
        return recorded.view(users.refs(List.of(recorded.recordedBy())).get(recorded.recordedBy()).displayName(), List.of());
    }

    /** The case's filings with their proofs, the original first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FilingView> filings(UUID caseId) {
        requireRecorder(caseId);
        var list = filings.findWithProofsByCaseId(caseId);
        var later = laterProofs.findByCaseIdOrderByAddedAt(caseId);
        var names = users.refs(Stream.concat(list.stream().map(Filing::recordedBy), later.stream().map(LaterProof::addedBy))
                .distinct().toList());
        var laterByFiling = later.stream().collect(Collectors.groupingBy(LaterProof::filingId,
                Collectors.mapping(p -> p.view(names.get(p.addedBy()).displayName()), Collectors.toList())));
        return list.stream().map(f -> f.view(names.get(f.recordedBy()).displayName(),
                laterByFiling.getOrDefault(f.id(), List.of()))).toList();
    }

    /**
     * Where and when the assembly was filed to take place, as the latest filing says: its place, its
     * route's segments and its planned start and end; empty before anything is filed. Every member of
     * the case may read it, monitors included: it names streets and times, not the organizers.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<FiledRoute> filedRoute(UUID caseId) {
        access.require(caseId);
        return filings.findLatestIdByCaseId(caseId).map(this::routeOf);
    }

    /**
     * The route of one filing, read and parsed once: a filing never changes (a new one is added instead), so
     * what it says can be kept under its id and never goes stale. Every observation on a segment asks for it.
     */
    private FiledRoute routeOf(UUID filingId) {
        var known = routes.get(filingId);
        if (known != null) {
            return known;
        }
        var filing = filings.findById(filingId).orElseThrow();
        var route = FiledRoute.of(filing.sequence(), filing.snapshotData());
        if (routes.size() >= ROUTES_KEPT) {
            routes.clear();
        }
        routes.put(filingId, route);
        return route;
    }

    /**
     * Adds proof files to a filing already recorded, e.g. the stamped copy that came back a day
     * later. The filing is not changed: each file becomes a record of its own naming the filing,
     * when it was added and by whom.
     */
    @PreAuthorize("isAuthenticated()")
    public FilingView addProofs(UUID caseId, int sequence, List<ProofUpload> proofs) {
        requireRecorder(caseId);
        var filing = filings.findByCaseIdAndSequence(caseId, sequence)
                .orElseThrow(() -> new NotFoundException("filing.not-found"));
        var violations = new Violations();
        if (proofs == null || proofs.isEmpty()) {
            violations.add("proof", "filing.proof-required");
        }
        var stored = storeProofs(proofs == null ? List.of() : proofs, violations);
        violations.throwIfAny();
        var now = clock.instant();
        stored.forEach(proof -> ledger.append(AssemblyLedger.added(
                laterProofs.save(new LaterProof(filing.id(), caseId, proof, now, currentUser.id())))));
        return filings(caseId).stream().filter(f -> f.sequence() == sequence).findFirst().orElseThrow();
    }

    /** A proof file of one of the case's filings, as stored; "not found" for any other hash. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ProofDownload proof(UUID caseId, String sha256) {
        requireRecorder(caseId);
        var proof = Stream.concat(filings.findProofs(caseId, sha256).stream(),
                        laterProofs.findByCaseIdAndProofSha256(caseId, sha256).stream().map(LaterProof::proof))
                .findFirst().orElseThrow(() -> new NotFoundException("filing.proof-not-found"));
        return new ProofDownload(proof.view(), blobs.open(sha256));
    }

    private ZonedDateTime checkReport(NewFiling filing, ZoneId zone, Filing previous, Violations violations) {
        if (filing.channel() == null) {
            violations.add("channel", "validation.required");
        }
        var number = normalized(filing).registrationNumber();
        if (number != null && number.length() > Filing.REGISTRATION_NUMBER_MAX) {
            violations.add("registrationNumber", "validation.too-long", Filing.REGISTRATION_NUMBER_MAX);
        }
        if (filing.registeredAt() == null) {
            violations.add("registeredAt", "validation.required");
            return null;
        }
        var registeredAt = filing.registeredAt().atZone(zone);
        if (registeredAt.toInstant().isAfter(clock.instant())) {
            violations.add("registeredAt", "filing.registered-in-future");
        } else if (previous != null && registeredAt.isBefore(previous.registeredAt())) {
            violations.add("registeredAt", "filing.before-previous",
                    previous.registeredAt().withZoneSameInstant(zone).format(SHOWN_TIME));
        }
        return registeredAt;
    }

    /** The draft's canonical JSON as stored, so that its hash is the one the draft's history shows. */
    private Filing.FrozenDraft freezeDraft(UUID caseId, Filing previous, Violations violations) {
        var draft = drafts.findByCaseId(caseId).orElse(null);
        if (draft == null) {
            violations.add("draft", "filing.no-draft");
            return null;
        }
        var frozen = new Filing.FrozenDraft(draft.content(), CanonicalJson.sha256(draft.content()), draft.revision());
        if (previous != null && previous.snapshotSha256().equals(frozen.sha256())) {
            violations.add("draft", "filing.unchanged");
        }
        return frozen;
    }

    private List<FilingProof> storeProofs(List<ProofUpload> proofs, Violations violations) {
        if (proofs.size() > MAX_PROOFS) {
            violations.add("proof", "filing.too-many-proofs", MAX_PROOFS);
            return List.of();
        }
        var stored = new ArrayList<FilingProof>();
        for (int i = 0; i < proofs.size(); i++) {
            var upload = proofs.get(i);
            if (upload.kind() == null) {
                violations.add("proof[" + i + "].kind", "validation.required");
            }
            try (var in = upload.content().getInputStream()) {
                stored.add(new FilingProof(upload.kind(), blobs.store(in, upload.declaredName(), PROOF_POLICY)));
            } catch (RejectedUploadException rejected) {
                violations.add("proof[" + i + "]", rejected.messageKey(), rejected.messageArguments());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read proof file " + i, e);
            }
        }
        return stored;
    }

    /** A blank registration number is an unknown one. */
    private static NewFiling normalized(NewFiling filing) {
        var number = filing.registrationNumber() == null || filing.registrationNumber().isBlank() ? null
                : filing.registrationNumber().strip();
        return new NewFiling(filing.channel(), number, filing.registeredAt());
    }

    private void requireRecorder(UUID caseId) {
        if (!access.require(caseId).draftsApplication()) {
            throw new ForbiddenException("filing.not-allowed");
        }
    }

    private ZoneId zoneOf(UUID caseId) {
        var code = cases.findById(caseId).map(AssemblyCase::jurisdictionCode)
                .orElseThrow(() -> new NotFoundException("case.not-found"));
        return jurisdictions.find(code).orElseThrow(() -> new NotFoundException("jurisdiction.not-found", code)).zone();
    }
}
