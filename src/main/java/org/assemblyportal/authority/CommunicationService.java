package org.assemblyportal.authority;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.assembly.CaseAccess;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.base.Violations;
import org.assemblyportal.evidence.BlobStore;
import org.assemblyportal.evidence.CaseLedger;
import org.assemblyportal.jurisdiction.Jurisdiction;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.assemblyportal.security.CurrentUser;
import org.assemblyportal.security.UserService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communications log of a case: its contacts with the authority besides the formal responses
 * (meetings, phone calls, letters, requests to withdraw, offers of another place, time or route),
 * recorded as told and never changed. Who records and reads them is as for responses (ADR 009):
 * the case's organizers, co-organizers and lawyers; monitors are forbidden; everyone else is told
 * the case does not exist.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CommunicationService {

    private final AuthorityCommunicationRepository communications;
    private final CaseAccess access;
    private final CaseService cases;
    private final JurisdictionService jurisdictions;
    private final CurrentUser currentUser;
    private final UserService users;
    private final BlobStore blobs;
    private final Clock clock;
    private final CaseLedger ledger;

    CommunicationService(AuthorityCommunicationRepository communications, CaseAccess access, CaseService cases,
            JurisdictionService jurisdictions, CurrentUser currentUser, UserService users, BlobStore blobs, Clock clock,
            CaseLedger ledger) {
        this.communications = communications;
        this.access = access;
        this.cases = cases;
        this.jurisdictions = jurisdictions;
        this.currentUser = currentUser;
        this.users = users;
        this.blobs = blobs;
        this.clock = clock;
        this.ledger = ledger;
    }

    /**
     * Records a contact with the authority. Every problem is reported at once; files that passed are
     * kept in the evidence store even then, so a retry stores nothing twice.
     */
    public CommunicationView record(UUID caseId, NewCommunication communication, List<ResponseUpload> files) {
        requireRecorder(caseId);
        return save(caseId, null, communication, files);
    }

    /**
     * Records a correction of an entry: a new entry that names the one it corrects, which stays as it
     * was. An entry is corrected once; to correct again, correct the correction.
     */
    public CommunicationView correct(UUID caseId, UUID correctedId, NewCommunication communication,
            List<ResponseUpload> files) {
        requireRecorder(caseId);
        var corrected = communications.findByIdAndCaseId(correctedId, caseId)
                .orElseThrow(() -> new NotFoundException("communication.not-found"));
        if (communications.existsByCorrects(correctedId)) {
            throw new ConflictException("communication.already-corrected");
        }
        return save(caseId, corrected.id(), communication, files);
    }

    private CommunicationView save(UUID caseId, UUID corrects, NewCommunication communication,
            List<ResponseUpload> files) {
        var violations = new Violations();
        var reported = normalized(communication);
        var occurredAt = checkTime(reported, jurisdictionOf(caseId), violations);
        checkFields(reported, violations);
        var stored = AttachedFiles.store(blobs, files, "communication.too-many-files", violations);
        violations.throwIfAny();

        AuthorityCommunication recorded;
        try {
            recorded = communications.saveAndFlush(new AuthorityCommunication(caseId, corrects, reported, occurredAt,
                    stored, clock.instant(), currentUser.id()));
        } catch (DataIntegrityViolationException correctedMeanwhile) {
            throw new ConflictException("communication.already-corrected");
        }
        ledger.append(AuthorityLedger.event(recorded));
        return recorded.view(users.refs(List.of(recorded.recordedBy())).get(recorded.recordedBy()).displayName());
    }

    /** The case's communications, oldest first (by when they happened), each with its files. */
    @Transactional(readOnly = true)
    public List<CommunicationView> communications(UUID caseId) {
        requireRecorder(caseId);
        var list = communications.findWithFilesByCaseId(caseId);
        var names = users.refs(list.stream().map(AuthorityCommunication::recordedBy).distinct().toList());
        return list.stream().map(c -> c.view(names.get(c.recordedBy()).displayName())).toList();
    }

    /** A file of one of the case's communications, as stored; "not found" for a hash that entry does not have. */
    @Transactional(readOnly = true)
    public ResponseDownload attachment(UUID caseId, UUID communicationId, String sha256) {
        requireRecorder(caseId);
        var file = communications.findFiles(caseId, communicationId, sha256).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("communication.file-not-found"));
        return new ResponseDownload(file.view(), blobs.open(sha256));
    }

    private ZonedDateTime checkTime(NewCommunication communication, Jurisdiction jurisdiction, Violations violations) {
        if (communication.occurredAt() == null) {
            violations.add("occurredAt", "validation.required");
            return null;
        }
        var occurredAt = communication.occurredAt().atZone(jurisdiction.summary().zone());
        if (occurredAt.toInstant().isAfter(clock.instant())) {
            violations.add("occurredAt", "communication.in-future");
        }
        return occurredAt;
    }

    private static void checkFields(NewCommunication communication, Violations violations) {
        if (communication.kind() == null) {
            violations.add("kind", "validation.required");
        }
        if (communication.direction() == null) {
            violations.add("direction", "validation.required");
        }
        tooLong(violations, "authorityParticipants", communication.authorityParticipants(),
                AuthorityCommunication.PARTICIPANTS_MAX);
        tooLong(violations, "ourParticipants", communication.ourParticipants(), AuthorityCommunication.PARTICIPANTS_MAX);
        if (communication.summary() == null) {
            violations.add("summary", "validation.required");
        } else {
            tooLong(violations, "summary", communication.summary(), AuthorityCommunication.SUMMARY_MAX);
        }
    }

    private static void tooLong(Violations violations, String field, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(field, "validation.too-long", max);
        }
    }

    /** As response files: the same types and limits, stored once in the evidence store. */
    /**
     * Participants are stripped and a blank one is unknown; what was said is kept exactly as typed
     * (only an entirely blank text counts as none).
     */
    private static NewCommunication normalized(NewCommunication c) {
        return new NewCommunication(c.kind(), c.occurredAt(), c.direction(), stripped(c.authorityParticipants()),
                stripped(c.ourParticipants()), c.summary() == null || c.summary().isBlank() ? null : c.summary());
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void requireRecorder(UUID caseId) {
        if (!access.require(caseId).draftsApplication()) {
            throw new ForbiddenException("communication.not-allowed");
        }
    }

    private Jurisdiction jurisdictionOf(UUID caseId) {
        var code = cases.get(caseId).jurisdictionCode();
        return jurisdictions.jurisdiction(code).orElseThrow(() -> new NotFoundException("jurisdiction.not-found", code));
    }
}
