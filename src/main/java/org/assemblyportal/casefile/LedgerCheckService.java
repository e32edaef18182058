package org.assemblyportal.casefile;

import java.util.UUID;
import org.assemblyportal.assembly.CaseAccess;
import org.assemblyportal.evidence.LedgerReport;
import org.assemblyportal.evidence.LedgerVerifier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Checks a case's ledger on request (decision 016) for a member of the case: the evidence module
 * cannot see memberships, so the check of who may ask is made here.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class LedgerCheckService {

    private final CaseAccess access;
    private final LedgerVerifier verifier;

    LedgerCheckService(CaseAccess access, LedgerVerifier verifier) {
        this.access = access;
        this.verifier = verifier;
    }

    /** Re-hashes every entry and file of the case and compares every record with the ledger. */
    public LedgerReport verify(UUID caseId) {
        access.require(caseId);
        return verifier.verify(caseId);
    }
}
