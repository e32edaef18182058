package org.assemblyportal.assembly;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything the case page shows, for a member of the case. */
public record CaseDetails(UUID id, String title, String jurisdictionCode, LocalDate plannedDate, Instant createdAt,
        CaseRole myRole, List<CaseMember> members) {

    public CaseDetails {
        members = List.copyOf(members);
    }

    public boolean mayInvite() {
        return myRole.mayInvite();
    }
}
