package org.assemblyportal.security;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is making the current request, for services of every feature. */
@Component
public class CurrentUser {

    /** The id of the signed-in user; fails if nobody is signed in (services are secured first). */
    public UUID id() {
        return principal().map(PortalUserDetails::id)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }

    public boolean has(GlobalRole role) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> role.authority().equals(authority.getAuthority()));
    }

    Optional<PortalUserDetails> principal() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !(authentication.getPrincipal() instanceof PortalUserDetails user)) {
            return Optional.empty();
        }
        return Optional.of(user);
    }
}
