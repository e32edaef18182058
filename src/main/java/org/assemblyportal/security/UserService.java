package org.assemblyportal.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.base.Violations;
import org.assemblyportal.base.i18n.PortalLocales;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: self sign-up for organizers, administration of users, and each user's preferences. */
@Service
@Transactional
public class UserService {

    static final int PASSWORD_MIN = 10;
    /** bcrypt reads at most 72 bytes; longer passwords would be silently cut, so refuse them. */
    static final int PASSWORD_MAX_BYTES = 72;

    private final UserAccountRepository users;
    private final PasswordEncoder passwords;
    private final CurrentUser currentUser;
    private final Clock clock;

    UserService(UserAccountRepository users, PasswordEncoder passwords, CurrentUser currentUser, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Anyone may open an organizer account; other roles are given by an administrator. */
    @PreAuthorize("permitAll()")
    public UserRef signUp(SignUp request) {
        return create(request.username(), request.displayName(), request.password(), Set.of(GlobalRole.ORGANIZER));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserRef createUser(NewUser request) {
        var violations = new Violations();
        if (request.roles().isEmpty()) {
            violations.add("roles", "validation.roles-required");
        }
        violations.throwIfAny();
        return create(request.username(), request.displayName(), request.password(), request.roles());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<UserSummary> users(Pageable pageable) {
        return users.findAll(pageable).map(UserService::summary);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary updateAccess(UUID userId, Set<GlobalRole> roles, boolean enabled) {
        var account = users.findById(userId).orElseThrow(() -> new NotFoundException("error.user-not-found"));
        var violations = new Violations();
        if (roles == null || roles.isEmpty()) {
            violations.add("roles", "validation.roles-required");
        }
        violations.throwIfAny();
        if (account.id().equals(currentUser.id()) && (!enabled || !roles.contains(GlobalRole.ADMIN))) {
            throw new ForbiddenException("admin.cannot-demote-self");
        }
        account.replaceRoles(roles);
        account.enable(enabled);
        return summary(account);
    }

    /** Finds an active user to invite into a case; the caller must know the exact name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<UserRef> findActive(String username) {
        return users.findByUsername(Usernames.normalize(username)).filter(UserAccount::enabled).map(UserAccount::toRef);
    }

    /** Names of many users at once (one query), for lists of case members. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<UUID, UserRef> refs(Collection<UUID> ids) {
        if (ids.size() == 1) {
            // One user (who just recorded something, say): a look-up by primary key, not a query built per call.
            var id = ids.iterator().next();
            return users.findById(id).map(UserAccount::toRef).map(ref -> Map.of(id, ref)).orElse(Map.of());
        }
        return users.findAllById(ids).stream().map(UserAccount::toRef)
                .collect(Collectors.toMap(UserRef::id, Function.identity()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public UserRef me() {
        return users.findById(currentUser.id()).map(UserAccount::toRef)
                .orElseThrow(() -> new NotFoundException("error.user-not-found"));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Locale> preferredLocale() {
        return users.findById(currentUser.id()).map(UserAccount::preferredLocale).map(PortalLocales::fromTag);
    }

    @PreAuthorize("isAuthenticated()")
    public void setPreferredLocale(Locale locale) {
        var supported = PortalLocales.match(locale).orElseThrow(() -> new ForbiddenException("validation.language"));
        users.findById(currentUser.id()).ifPresent(account -> account.preferLocale(supported.toLanguageTag()));
    }

    /** Creates the first administrator of a new installation, unless an account with the name exists. */
    UserRef ensureAdministrator(String username, String displayName, String password) {
        return users.findByUsername(Usernames.normalize(username)).map(UserAccount::toRef)
                .orElseGet(() -> create(username, displayName, password, Set.of(GlobalRole.ADMIN)));
    }

    boolean anyAdministrator() {
        return users.existsWithRole(GlobalRole.ADMIN);
    }

    private UserRef create(String rawUsername, String rawDisplayName, String password, Set<GlobalRole> roles) {
        var username = Usernames.normalize(rawUsername);
        var violations = new Violations();
        if (username.isEmpty()) {
            violations.add("username", "validation.required");
        } else if (!Usernames.ALLOWED.matcher(username).matches()) {
            violations.add("username", "validation.username-format");
        } else if (users.existsByUsername(username)) {
            violations.add("username", "validation.username-unavailable");
        }
        violations.requireText("displayName", rawDisplayName, UserAccount.DISPLAY_NAME_MAX);
        if (password == null || password.length() < PASSWORD_MIN) {
            violations.add("password", "validation.password-too-short", PASSWORD_MIN);
        } else if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            violations.add("password", "validation.password-too-long");
        }
        violations.throwIfAny();
        var account = new UserAccount(username, rawDisplayName.strip(), passwords.encode(password), roles,
                clock.instant());
        return users.save(account).toRef();
    }

    private static UserSummary summary(UserAccount account) {
        return new UserSummary(account.id(), account.username(), account.displayName(), account.roles(),
                account.enabled(), account.createdAt());
    }
}
