package org.assemblyportal.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import java.util.Optional;
import org.assemblyportal.base.SignedInUser;
import org.springframework.stereotype.Component;

/** Tells the application shell who is signed in and keeps their language choice. */
@Component
class SignedInUserAdapter implements SignedInUser {

    private final CurrentUser currentUser;
    private final UserService users;
    private final AuthenticationContext authenticationContext;

    SignedInUserAdapter(CurrentUser currentUser, UserService users, AuthenticationContext authenticationContext) {
        this.currentUser = currentUser;
        this.users = users;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public Optional<String> displayName() {
        return currentUser.principal().map(PortalUserDetails::displayName);
    }

    @Override
    public Optional<Locale> preferredLocale() {
        return currentUser.principal().isPresent() ? users.preferredLocale() : Optional.empty();
    }

    @Override
    public void rememberLocale(Locale locale) {
        if (currentUser.principal().isPresent()) {
            users.setPreferredLocale(locale);
        }
    }

    @Override
    public void logout() {
        authenticationContext.logout();
    }
}
