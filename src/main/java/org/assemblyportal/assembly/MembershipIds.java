package org.assemblyportal.assembly;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the case ledger names a case's members (decision 016): by the id of their membership, which the
 * portal alone maps to a person and which differs from case to case, never by user id or name. Features
 * that record people (the monitors of a plan segment) name them so in their payloads. No user check: it
 * gives nothing but opaque ids, and the nightly ledger check asks without a signed-in user.
 */
@Component
@Transactional(readOnly = true)
public class MembershipIds {

    private final CaseMembershipRepository memberships;

    MembershipIds(CaseMembershipRepository memberships) {
        this.memberships = memberships;
    }

    /** Each member's user id → the id of their membership of the case. */
    public Map<UUID, UUID> byUser(UUID caseId) {
        return memberships.findByCaseIdOrderByAddedAt(caseId).stream()
                .collect(Collectors.toMap(CaseMembership::userId, CaseMembership::id));
    }
}
