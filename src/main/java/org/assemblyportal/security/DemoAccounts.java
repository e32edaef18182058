package org.assemblyportal.security;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: one account per role, with the passwords printed in the README. Never in the
 * {@code prod} profile.
 */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final UserAccountRepository users;
    private final org.springframework.security.crypto.password.PasswordEncoder passwords;
    private final java.time.Clock clock;

    DemoAccounts(UserAccountRepository users, org.springframework.security.crypto.password.PasswordEncoder passwords,
            java.time.Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        create("organizer", "Aigerim Organizer", GlobalRole.ORGANIZER);
        create("monitor", "Daniyar Monitor", GlobalRole.MONITOR);
        create("lawyer", "Saule Lawyer", GlobalRole.LAWYER);
        create("admin", "Portal Administrator", GlobalRole.ADMIN);
    }

    private void create(String username, String displayName, GlobalRole role) {
        if (users.existsByUsername(username)) {
            return;
        }
        users.save(new UserAccount(username, displayName, passwords.encode(username + "-demo"), Set.of(role),
                clock.instant()));
        log.info("Demo account '{}' created (password '{}-demo')", username, username);
    }
}
