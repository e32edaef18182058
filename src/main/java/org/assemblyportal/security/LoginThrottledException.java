package org.assemblyportal.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Refuses an attempt without checking the password, because too many attempts failed lately. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    LoginThrottledException(Duration wait) {
        super("Too many failed attempts; wait " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    public long waitSeconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
