package org.assemblyportal.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs server-side work (start-up data, scheduled jobs) as a named user, so that it passes
 * through the same secured services as a person would.
 */
@Component
public class RunAs {

    private final PortalUserDetailsService users;

    RunAs(PortalUserDetailsService users) {
        this.users = users;
    }

    public void user(String username, Runnable task) {
        var previous = SecurityContextHolder.getContext();
        var principal = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            task.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
