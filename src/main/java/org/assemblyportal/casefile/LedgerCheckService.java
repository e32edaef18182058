package org.assemblyportal.casefile;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.assemblyportal.assembly.CaseAccess;
import org.assemblyportal.evidence.CaseLedger;
import org.assemblyportal.evidence.LedgerReport;
import org.assemblyportal.evidence.LedgerVerification;
import org.assemblyportal.evidence.LedgerVerifier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
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
    private final CaseLedger ledger;
    private final AsyncTaskExecutor executor;

    LedgerCheckService(CaseAccess access, LedgerVerifier verifier, CaseLedger ledger,
            @Qualifier(CaseFileConfiguration.CHECK_EXECUTOR) AsyncTaskExecutor executor) {
        this.access = access;
        this.verifier = verifier;
        this.ledger = ledger;
        this.executor = executor;
    }

    /**
     * A page of the case's ledger for a member: entries after {@code afterSeq}, their lines and hashes.
     * Payloads are left out: they are the records themselves, which the member reads where they belong.
     */
    public LedgerPage entries(UUID caseId, long afterSeq, int limit) {
        access.require(caseId);
        var entries = ledger.range(caseId, afterSeq, limit).stream()
                .map(e -> new LedgerPage.Entry(e.seq(), e.at(), e.actor(), e.type(), e.subject(), e.payloadSha256(),
                        e.prevHash(), e.entryHash(), e.entryJson()))
                .toList();
        return new LedgerPage(ledger.size(caseId), entries);
    }

    /** The outcome of the last nightly check of the case, if it has had one. */
    public Optional<LedgerVerification> lastNightlyCheck(UUID caseId) {
        access.require(caseId);
        return verifier.lastResult(caseId);
    }

    /**
     * The same check on a background thread, as the signed-in user, for the UI: access is checked at
     * once, the hashing runs while the page stays responsive.
     */
    public CompletableFuture<LedgerReport> verifyInBackground(UUID caseId) {
        access.require(caseId);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return CompletableFuture.supplyAsync(() -> {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
            try {
                return verifier.verify(caseId);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, executor);
    }

    /** Re-hashes every entry and file of the case and compares every record with the ledger. */
    public LedgerReport verify(UUID caseId) {
        access.require(caseId);
        return verifier.verify(caseId);
    }
}
