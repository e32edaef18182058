package org.assemblyportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.InvalidInputException.FieldViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

@ServiceTest
@Import(TestAccounts.class)
class UserServiceTest {

    @Autowired
    UserService users;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ThrottlingAuthenticationProvider login;

    @Test
    void a_person_signs_up_as_an_organizer_and_can_sign_in() {
        var name = "aigerim" + System.nanoTime() % 100000;
        var created = users.signUp(new SignUp(" " + name.toUpperCase() + " ", "Aigerim", "a long passphrase"));

        assertThat(created.username()).isEqualTo(name);
        assertThat(created.roles()).containsExactly(GlobalRole.ORGANIZER);
        var signedIn = login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, "a long passphrase"));
        assertThat(signedIn.isAuthenticated()).isTrue();
    }

    @Test
    void sign_up_names_every_problem_without_storing_anything() {
        var taken = accounts.create(GlobalRole.MONITOR);

        assertThatThrownBy(() -> users.signUp(new SignUp(taken.username(), "", "short")))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .containsExactlyInAnyOrder(FieldViolation.of("username", "validation.username-unavailable"),
                                FieldViolation.of("displayName", "validation.required"),
                                FieldViolation.of("password", "validation.password-too-short", 10)));
        assertThatThrownBy(() -> users.signUp(new SignUp("no spaces allowed", "X", "ж".repeat(40))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .containsExactlyInAnyOrder(FieldViolation.of("username", "validation.username-format"),
                                FieldViolation.of("password", "validation.password-too-long")));
    }

    @Test
    void a_wrong_password_and_an_unknown_name_fail_alike_and_a_disabled_account_only_after_the_password() {
        var user = accounts.create(GlobalRole.ORGANIZER);

        assertThatThrownBy(() -> login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                user.username(), "wrong password"))).isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                "no-such-user-at-all", "wrong password"))).isExactlyInstanceOf(BadCredentialsException.class);
        accounts.disable(user);
        assertThatThrownBy(() -> login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                user.username(), "wrong password"))).isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                user.username(), TestAccounts.PASSWORD))).isExactlyInstanceOf(DisabledException.class);
    }

    @Test
    void only_administrators_manage_users_and_never_lock_themselves_out() {
        var admin = accounts.create(GlobalRole.ADMIN);
        var organizer = accounts.create(GlobalRole.ORGANIZER);

        assertThatThrownBy(() -> accounts.as(organizer, () -> users.users(PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        var lawyer = accounts.as(admin, () -> users.createUser(new NewUser("lawyer" + System.nanoTime() % 100000,
                "Saule", "a long passphrase", Set.of(GlobalRole.LAWYER))));
        assertThat(lawyer.roles()).containsExactly(GlobalRole.LAWYER);
        assertThatThrownBy(() -> accounts.as(admin, () -> users.updateAccess(admin.id(), Set.of(GlobalRole.LAWYER), true)))
                .isInstanceOf(ForbiddenException.class);
        var promoted = accounts.as(admin, () -> users.updateAccess(organizer.id(),
                Set.of(GlobalRole.ORGANIZER, GlobalRole.MONITOR), true));
        assertThat(promoted.roles()).containsExactlyInAnyOrder(GlobalRole.ORGANIZER, GlobalRole.MONITOR);
    }

    @Test
    void a_users_language_is_remembered() {
        var user = accounts.create(GlobalRole.MONITOR);

        assertThat(accounts.as(user, () -> users.preferredLocale())).isEmpty();
        accounts.as(user, () -> users.setPreferredLocale(Locale.forLanguageTag("kk-KZ")));
        assertThat(accounts.as(user, () -> users.preferredLocale())).contains(Locale.forLanguageTag("kk"));
    }
}
