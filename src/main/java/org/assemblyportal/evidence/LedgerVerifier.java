package org.assemblyportal.evidence;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a case ledger against everything decision 016 promises: each entry's columns against its hashed
 * line, the entry and payload hashes, the numbering, the chain, the head, every checkpoint's root, every
 * current record of every {@link LedgerSource} against the latest payload of its subject, and every listed
 * file against its SHA-256 in the {@link BlobStore}. Every break is reported, the first one first.
 *
 * <p>Who may call it: a signed-in user who may see the case, i.e. a member of it or an administrator. The
 * evidence module cannot see case memberships, so the caller (the case's view, the export) checks that
 * before calling; this service only insists on a signed-in user. A report names entries, subjects, fields
 * and file hashes, never a record's content or a person. The nightly check runs the same checks without
 * a user ({@code LedgerNightlyCheck}).
 */
@Service
public class LedgerVerifier {

    private final LedgerChecker checker;
    private final LedgerRows rows;

    LedgerVerifier(LedgerChecker checker, LedgerRows rows) {
        this.checker = checker;
        this.rows = rows;
    }

    /** Verifies the case's ledger now. Reads every entry and hashes every listed file: seconds to minutes. */
    @PreAuthorize("isAuthenticated()")
    public LedgerReport verify(UUID caseId) {
        return checker.check(caseId);
    }

    /** The outcome of the last nightly check of the case, if it has had one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<LedgerVerification> lastResult(UUID caseId) {
        return rows.verification(caseId);
    }
}
