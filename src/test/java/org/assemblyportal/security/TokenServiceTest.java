package org.assemblyportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assemblyportal.ServiceTest;
import org.assemblyportal.base.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@ServiceTest
@Import(TestAccounts.class)
class TokenServiceTest {

    @Autowired
    TokenService tokens;
    @Autowired
    TestAccounts accounts;

    @Test
    void a_token_signs_in_its_owner_until_it_is_revoked() {
        var user = accounts.create(GlobalRole.MONITOR);
        var issued = accounts.as(user, () -> tokens.issue("phone"));

        assertThat(issued.token()).startsWith("ap_").hasSizeGreaterThan(40);
        assertThat(tokens.authenticate(issued.token())).map(PortalUserDetails::id).contains(user.id());
        accounts.as(user, () -> tokens.revoke(issued.id()));
        assertThat(tokens.authenticate(issued.token())).isEmpty();
        assertThat(accounts.as(user, () -> tokens.mine())).singleElement()
                .extracting(TokenSummary::status).isEqualTo(TokenSummary.Status.REVOKED);
    }

    @Test
    void only_a_hash_is_stored_and_a_user_cannot_revoke_someone_elses_token() {
        var owner = accounts.create(GlobalRole.LAWYER);
        var other = accounts.create(GlobalRole.LAWYER);
        var issued = accounts.as(owner, () -> tokens.issue(null));

        assertThat(tokens.authenticate(TokenService.sha256(issued.token()))).isEmpty();
        assertThatThrownBy(() -> accounts.as(other, () -> tokens.revoke(issued.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(tokens.authenticate(issued.token())).isPresent();
    }

    @Test
    void a_disabled_users_tokens_stop_working() {
        var user = accounts.create(GlobalRole.ORGANIZER);
        var issued = accounts.as(user, () -> tokens.issue("script"));
        accounts.disable(user);

        assertThat(tokens.authenticate(issued.token())).isEmpty();
    }
}
