package org.assemblyportal.security;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts with unique names for service tests and runs code as them. */
@TestComponent
public class TestAccounts {

    public static final String PASSWORD = "correct horse battery";

    private final UserAccountRepository users;
    private final PasswordEncoder passwords;
    private final RunAs runAs;
    private final Clock clock;

    TestAccounts(UserAccountRepository users, PasswordEncoder passwords, RunAs runAs, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.runAs = runAs;
        this.clock = clock;
    }

    @Transactional
    public UserRef create(GlobalRole... roles) {
        var username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return users.save(new UserAccount(username, "Test " + username, passwords.encode(PASSWORD), Set.of(roles),
                clock.instant())).toRef();
    }

    @Transactional
    public void disable(UserRef user) {
        users.findById(user.id()).orElseThrow().enable(false);
    }

    public void as(UserRef user, Runnable task) {
        runAs.user(user.username(), task);
    }

    public <T> T as(UserRef user, Supplier<T> task) {
        var result = new Object[1];
        runAs.user(user.username(), () -> result[0] = task.get());
        @SuppressWarnings("unchecked")
        var typed = (T) result[0];
        return typed;
    }
}
