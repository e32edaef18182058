package org.assemblyportal.assembly;

import java.util.Optional;
import java.util.UUID;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-case access for every feature: a user may see a case only as a member of it. Non-members
 * get "not found", the same answer as for a case that does not exist.
 */
@Component
@Transactional(readOnly = true)
public class CaseAccess {

    private final CaseMembershipRepository memberships;
    private final CurrentUser currentUser;

    CaseAccess(CaseMembershipRepository memberships, CurrentUser currentUser) {
        this.memberships = memberships;
        this.currentUser = currentUser;
    }

    /** The signed-in user's role in the case, if they are a member. */
    public Optional<CaseRole> roleIn(UUID caseId) {
        return caseId == null ? Optional.empty()
                : memberships.findByCaseIdAndUserId(caseId, currentUser.id()).map(CaseMembership::role);
    }

    /** The signed-in user's role in the case; "case not found" for anyone else. */
    public CaseRole require(UUID caseId) {
        return roleIn(caseId).orElseThrow(() -> new NotFoundException("case.not-found"));
    }
}
