package org.assemblyportal.assembly;

import org.assemblyportal.security.GlobalRole;

/**
 * A member's role in one case. Each needs the matching global role, so that a case cannot make
 * someone a lawyer or a monitor whom the portal has not accepted as one (least privilege).
 */
public enum CaseRole {
    ORGANIZER(GlobalRole.ORGANIZER),
    CO_ORGANIZER(GlobalRole.ORGANIZER),
    MONITOR(GlobalRole.MONITOR),
    LAWYER(GlobalRole.LAWYER);

    private final GlobalRole requiredGlobalRole;

    CaseRole(GlobalRole requiredGlobalRole) {
        this.requiredGlobalRole = requiredGlobalRole;
    }

    public GlobalRole requiredGlobalRole() {
        return requiredGlobalRole;
    }

    /** Organizers and lawyers run the case and invite people to it; monitors do not. */
    public boolean mayInvite() {
        return this != MONITOR;
    }

    /**
     * Organizers, co-organizers and lawyers work on the application; monitors do not see it, as it
     * holds the organizers' ID numbers and addresses.
     */
    public boolean draftsApplication() {
        return this != MONITOR;
    }

    public String messageKey() {
        return "case-role." + name().toLowerCase().replace('_', '-');
    }
}
