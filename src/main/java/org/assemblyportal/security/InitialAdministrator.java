package org.assemblyportal.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A new installation needs one administrator. Unless demo data provides one, the password comes
 * from the environment ({@code PORTAL_ADMIN_PASSWORD}); without it a production start stops with a
 * message that says so, instead of running a portal nobody can administer.
 */
@Component
@Order(0)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserService users;
    private final String username;
    private final String password;
    private final boolean required;

    InitialAdministrator(UserService users,
            @Value("${portal.initial-admin.username:admin}") String username,
            @Value("${portal.initial-admin.password:}") String password,
            @Value("${portal.initial-admin.required:false}") boolean required) {
        this.users = users;
        this.username = username;
        this.password = password;
        this.required = required;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyAdministrator()) {
            return;
        }
        if (password.isBlank()) {
            if (required) {
                throw new IllegalStateException("No administrator exists yet. Set PORTAL_ADMIN_PASSWORD "
                        + "(at least " + UserService.PASSWORD_MIN + " characters) for the first start.");
            }
            return;
        }
        users.ensureAdministrator(username, "Administrator", password);
        log.info("Created the initial administrator account '{}'", username);
    }
}
