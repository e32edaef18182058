package org.assemblyportal.authority;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.assemblyportal.assembly.CaseAccess;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.assembly.FilingView;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.base.Violations;
import org.assemblyportal.evidence.BlobStore;
import org.assemblyportal.evidence.CaseLedger;
import org.assemblyportal.evidence.ContentType;
import org.assemblyportal.evidence.UploadPolicy;
import org.assemblyportal.jurisdiction.Jurisdiction;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.assemblyportal.jurisdiction.LabeledRule;
import org.assemblyportal.jurisdiction.PermittedCondition;
import org.assemblyportal.security.CurrentUser;
import org.assemblyportal.security.UserService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The response log of a case: what the authority answered to its filings, recorded as received,
 * never changed. Only the case's organizers, co-organizers and lawyers record and read responses.
 * Monitors do not even read them for now: they do not see the application either, and a response
 * quotes it (ADR 009). Everyone else is told the case does not exist.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ResponseService {

    /**
     * A portal-level channel for answers the law does not provide for (a phone call, a word at the
     * akimat's door): it is not a legal delivery channel, so recording it never makes a response
     * "delivered" in the sense of the rule file. Offered in every jurisdiction after the rule file's.
     */
    public static final String INFORMAL_CHANNEL = "INFORMAL";
    /**
     * A reason the authority gave that the law does not list as a ground for refusal. It is recorded
     * like a ground, so that the refusal is logged as it was given, and the compliance check flags it.
     */
    public static final String GROUND_NOT_IN_LAW = "NOT_IN_LAW";
    /**
     * A condition the authority imposed that the law does not provide for. It is recorded like the
     * rule file's permitted conditions, so that the answer is logged as it was given, and the
     * compliance check flags it.
     */
    public static final String CONDITION_NOT_IN_LAW = PermittedCondition.NOT_IN_LAW;

    /** Scans, photos and e-mails printed to PDF; 25 MB holds a 48-megapixel JPEG. */
    static final UploadPolicy FILE_POLICY = UploadPolicy.of(25, ContentType.JPEG, ContentType.PNG, ContentType.WEBP,
            ContentType.HEIC, ContentType.HEIF, ContentType.PDF);
    static final int MAX_FILES = 10;
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AuthorityResponseRepository responses;
    private final CaseAccess access;
    private final CaseService cases;
    private final FilingService filings;
    private final JurisdictionService jurisdictions;
    private final CurrentUser currentUser;
    private final UserService users;
    private final BlobStore blobs;
    private final Clock clock;
    private final CaseLedger ledger;

    ResponseService(AuthorityResponseRepository responses, CaseAccess access, CaseService cases, FilingService filings,
            JurisdictionService jurisdictions, CurrentUser currentUser, UserService users, BlobStore blobs, Clock clock,
            CaseLedger ledger) {
        this.responses = responses;
        this.access = access;
        this.cases = cases;
        this.filings = filings;
        this.jurisdictions = jurisdictions;
        this.currentUser = currentUser;
        this.users = users;
        this.blobs = blobs;
        this.clock = clock;
        this.ledger = ledger;
    }

    /**
     * Records a response to one of the case's filings (the latest when none is named). Every problem
     * is reported at once; files that passed are kept in the evidence store even then, so a retry
     * stores nothing twice.
     */
    public ResponseView record(UUID caseId, NewResponse response, List<ResponseUpload> files) {
        requireRecorder(caseId);
        var violations = new Violations();
        var filing = filingAnswered(caseId, response.filingSequence(), violations);
        return save(caseId, filing, null, response, files, violations);
    }

    /**
     * Records a correction of a response: a new response, for the same filing, that names the one it
     * corrects; the corrected one stays as it was. A response is corrected once; to correct again,
     * correct the correction. {@code filingSequence} of the report is ignored.
     */
    public ResponseView correct(UUID caseId, UUID correctedId, NewResponse response, List<ResponseUpload> files) {
        requireRecorder(caseId);
        var corrected = responses.findByIdAndCaseId(correctedId, caseId)
                .orElseThrow(() -> new NotFoundException("response.not-found"));
        if (responses.existsByCorrects(correctedId)) {
            throw new ConflictException("response.already-corrected");
        }
        var filing = filingAnswered(caseId, corrected.filingSequence(), new Violations());
        return save(caseId, filing, corrected.id(), response, files, new Violations());
    }

    private ResponseView save(UUID caseId, FilingView filing, UUID corrects, NewResponse response,
            List<ResponseUpload> files, Violations violations) {
        var jurisdiction = jurisdictionOf(caseId);
        var reported = normalized(response);
        var receivedAt = checkDates(reported, jurisdiction, filing, violations);
        checkCodes(reported, jurisdiction, violations);
        checkTexts(reported, violations);
        var stored = AttachedFiles.store(blobs, files, "response.too-many-files", violations);
        violations.throwIfAny();

        AuthorityResponse recorded;
        try {
            recorded = responses.saveAndFlush(new AuthorityResponse(caseId, filing.id(), filing.sequence(), corrects,
                    reported, receivedAt, stored, clock.instant(), currentUser.id()));
        } catch (DataIntegrityViolationException correctedMeanwhile) {
            throw new ConflictException("response.already-corrected");
        }
        ledger.append(AuthorityLedger.event(recorded));
        return recorded.view(users.refs(List.of(recorded.recordedBy())).get(recorded.recordedBy()).displayName());
    }

    /** The case's responses in the order they arrived, each with its grounds and files. */
    @Transactional(readOnly = true)
    public List<ResponseView> responses(UUID caseId) {
        requireRecorder(caseId);
        var list = responses.findWithDetailsByCaseId(caseId);
        var names = users.refs(list.stream().map(AuthorityResponse::recordedBy).distinct().toList());
        return list.stream().map(r -> r.view(names.get(r.recordedBy()).displayName())).toList();
    }

    /** A file of one of the case's responses, as stored; "not found" for any other hash. */
    @Transactional(readOnly = true)
    public ResponseDownload attachment(UUID caseId, String sha256) {
        requireRecorder(caseId);
        var file = responses.findFiles(caseId, sha256).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("response.file-not-found"));
        return new ResponseDownload(file.view(), blobs.open(sha256));
    }

    /**
     * The condition codes to offer for a jurisdiction: every condition its rule file lets the
     * authority impose (on any form: one outside the filing's form is flagged, not refused), then the
     * one for a condition the law does not provide for.
     */
    public static List<String> conditionCodes(Jurisdiction jurisdiction) {
        var codes = new ArrayList<>(jurisdiction.compliance().permittedConditions().stream()
                .map(PermittedCondition::code).toList());
        codes.add(CONDITION_NOT_IN_LAW);
        return codes;
    }

    /** The delivery channels to offer for a jurisdiction: the rule file's, then the informal one. */
    public static List<String> channelCodes(Jurisdiction jurisdiction) {
        var codes = new ArrayList<>(jurisdiction.deliveryChannels().stream().map(LabeledRule::code).toList());
        codes.add(INFORMAL_CHANNEL);
        return codes;
    }

    private FilingView filingAnswered(UUID caseId, Integer sequence, Violations violations) {
        var all = filings.filings(caseId);
        if (all.isEmpty()) {
            violations.add("filingSequence", "response.no-filing");
            violations.throwIfAny();
        }
        if (sequence == null) {
            return all.get(all.size() - 1);
        }
        return all.stream().filter(f -> f.sequence() == sequence).findFirst()
                .orElseThrow(() -> new NotFoundException("filing.not-found"));
    }

    private ZonedDateTime checkDates(NewResponse response, Jurisdiction jurisdiction, FilingView filing,
            Violations violations) {
        var zone = jurisdiction.summary().zone();
        var registered = filing.registeredAt().withZoneSameInstant(zone);
        if (response.decisionDate() != null && response.decisionDate().isBefore(registered.toLocalDate())) {
            violations.add("decisionDate", "response.decided-before-filing", registered.toLocalDate().toString());
        }
        if (response.receivedAt() == null) {
            violations.add("receivedAt", "validation.required");
            return null;
        }
        var receivedAt = response.receivedAt().atZone(zone);
        if (receivedAt.toInstant().isAfter(clock.instant())) {
            violations.add("receivedAt", "response.received-in-future");
        } else if (receivedAt.isBefore(registered)) {
            violations.add("receivedAt", "response.before-filing", registered.format(SHOWN_TIME));
        }
        if (response.decisionDate() != null && response.decisionDate().isAfter(receivedAt.toLocalDate())) {
            violations.add("decisionDate", "response.decided-after-receipt");
        }
        return receivedAt;
    }

    private static void checkCodes(NewResponse response, Jurisdiction jurisdiction, Violations violations) {
        if (response.channel() == null) {
            violations.add("channel", "validation.required");
        } else if (!channelCodes(jurisdiction).contains(response.channel())) {
            violations.add("channel", "response.unknown-channel", response.channel());
        }
        if (response.outcome() == null) {
            violations.add("outcome", "validation.required");
        } else if (!codes(jurisdiction.outcomes()).contains(response.outcome())) {
            violations.add("outcome", "response.unknown-outcome", response.outcome());
        }
        var known = codes(jurisdiction.refusalGrounds());
        response.grounds().stream().filter(g -> !known.contains(g) && !GROUND_NOT_IN_LAW.equals(g))
                .forEach(g -> violations.add("grounds", "response.unknown-ground", g));
        if (jurisdiction.compliance().isRefusal(response.outcome()) && response.grounds().isEmpty()) {
            violations.add("grounds", "response.grounds-required");
        }
        var permitted = conditionCodes(jurisdiction);
        response.conditionCodes().stream().filter(c -> !permitted.contains(c))
                .forEach(c -> violations.add("conditionCodes", "response.unknown-condition", c));
    }

    private static void checkTexts(NewResponse response, Violations violations) {
        tooLong(violations, "documentNumber", response.documentNumber(), AuthorityResponse.DOCUMENT_NUMBER_MAX);
        tooLong(violations, "signatory", response.signatory(), AuthorityResponse.SIGNATORY_MAX);
        tooLong(violations, "conditions", response.conditions(), AuthorityResponse.CONDITIONS_MAX);
        tooLong(violations, "reasonText", response.reasonText(), AuthorityResponse.REASON_MAX);
    }

    private static void tooLong(Violations violations, String field, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(field, "validation.too-long", max);
        }
    }

    /**
     * Short fields are stripped and a blank one is unknown; the reason and the conditions are kept
     * exactly as typed (only an entirely blank text counts as none); grounds and condition codes lose
     * repetitions.
     */
    private static NewResponse normalized(NewResponse r) {
        return new NewResponse(r.filingSequence(), r.receivedAt(), r.decisionDate(), stripped(r.channel()),
                stripped(r.documentNumber()), stripped(r.signatory()), stripped(r.outcome()), distinct(r.grounds()),
                blankAsNull(r.conditions()), blankAsNull(r.reasonText()), distinct(r.conditionCodes()));
    }

    private static List<String> distinct(List<String> codes) {
        return new ArrayList<>(new LinkedHashSet<>(codes.stream().map(ResponseService::stripped)
                .filter(Objects::nonNull).toList()));
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static List<String> codes(List<LabeledRule> rules) {
        return rules.stream().map(LabeledRule::code).toList();
    }

    private void requireRecorder(UUID caseId) {
        if (!access.require(caseId).draftsApplication()) {
            throw new ForbiddenException("response.not-allowed");
        }
    }

    private Jurisdiction jurisdictionOf(UUID caseId) {
        var code = cases.get(caseId).jurisdictionCode();
        return jurisdictions.jurisdiction(code).orElseThrow(() -> new NotFoundException("jurisdiction.not-found", code));
    }
}
