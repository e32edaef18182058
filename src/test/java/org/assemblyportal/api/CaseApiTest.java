package org.assemblyportal.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.TestClock;
import org.assemblyportal.security.GlobalRole;
import org.assemblyportal.security.TestAccounts;
import org.assemblyportal.security.UserRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The REST API end to end through the security filters: tokens, cases, problem details. */
@ServiceTest
@AutoConfigureMockMvc
@Import(TestAccounts.class)
class CaseApiTest {

    @Autowired
    MockMvc http;
    @Autowired
    TestAccounts accounts;

    private String tokenFor(UserRef user) throws Exception {
        return ApiTokens.issue(http, user);
    }

    private String token(String username, String password) throws Exception {
        return ApiTokens.issue(http, username, password);
    }

    private String newCase(String token, String title) {
        return "{\"title\":\"" + title + "\",\"jurisdictionCode\":\"KZ\",\"plannedDate\":\""
                + TestClock.TODAY.plusDays(20) + "\"}";
    }

    @Test
    void an_organizer_gets_a_token_opens_a_case_and_lists_it() throws Exception {
        var token = tokenFor(accounts.create(GlobalRole.ORGANIZER));

        http.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(newCase(token, "Rally for clean air")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/cases/")))
                .andExpect(jsonPath("$.myRole").value("ORGANIZER"));
        http.perform(get("/api/v1/cases").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].title").value("Rally for clean air"))
                .andExpect(jsonPath("$.totalItems").value(1));
        // A page far past the end is an empty page, not an overflow of the database offset (issue 13, item 5).
        http.perform(get("/api/v1/cases").param("page", "99999999").param("size", "200")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)))
                .andExpect(jsonPath("$.totalItems").value(1));
        http.perform(get("/api/v1/cases").param("page", String.valueOf(Integer.MAX_VALUE)).param("size", "1")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
    }

    @Test
    void someone_elses_case_is_not_found_rather_than_forbidden() throws Exception {
        var owner = tokenFor(accounts.create(GlobalRole.ORGANIZER));
        var stranger = tokenFor(accounts.create(GlobalRole.ORGANIZER));
        var created = http.perform(post("/api/v1/cases").header("Authorization", "Bearer " + owner)
                        .contentType(MediaType.APPLICATION_JSON).content(newCase(owner, "Picket")))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");

        http.perform(get("/api/v1/cases/" + id).header("Authorization", "Bearer " + stranger))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.code").value("case.not-found"));
        http.perform(get("/api/v1/cases/" + id).header("Authorization", "Bearer " + owner))
                .andExpect(status().isOk());
    }

    @Test
    void invalid_input_gets_translated_problem_details_naming_each_field() throws Exception {
        var token = tokenFor(accounts.create(GlobalRole.ORGANIZER));

        http.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token).header("Accept-Language", "ru")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"" + "x".repeat(300) + "\",\"jurisdictionCode\":\"KZ\",\"plannedDate\":\"2020-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.invalid-input"))
                .andExpect(jsonPath("$.errors[?(@.field=='title')].message").value("Не более 200 символов."))
                .andExpect(jsonPath("$.errors[?(@.field=='plannedDate')].code").value("validation.planned-date-past"));
        http.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token).header("Accept-Language", "kk")
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.malformed-request"))
                .andExpect(jsonPath("$.title").value("Қате сұрау"));
    }

    @Test
    void missing_wrong_and_revoked_tokens_get_401_problem_details() throws Exception {
        var token = tokenFor(accounts.create(GlobalRole.LAWYER));

        http.perform(get("/api/v1/cases"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("api.authentication-required"));
        http.perform(get("/api/v1/cases").header("Authorization", "Bearer ap_not-a-real-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("api.token-invalid"));
        var tokens = http.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(tokens, "$[0].id");
        http.perform(delete("/api/v1/tokens/" + id).header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        http.perform(get("/api/v1/cases").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("api.token-invalid"));
    }

    @Test
    void a_wrong_password_gets_no_token_and_no_hint_whether_the_account_exists() throws Exception {
        var user = accounts.create(GlobalRole.ORGANIZER);

        var wrongPassword = http.perform(post("/api/v1/tokens").with(httpBasic(user.username(), "not the password")))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        var unknownUser = http.perform(post("/api/v1/tokens").with(httpBasic("nobody-" + user.username(), "x")))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(wrongPassword).isEqualTo(unknownUser);
    }

    @Test
    void the_openapi_document_describes_the_case_and_token_endpoints() throws Exception {
        http.perform(get("/api/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/cases']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tokens']").exists())
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"));
    }

    @Test
    void an_organizer_signs_up_through_the_api_and_only_administrators_list_users() throws Exception {
        var name = "api" + java.util.UUID.randomUUID().toString().substring(0, 8);
        http.perform(post("/api/v1/signup").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + name + "\",\"displayName\":\"Api\",\"password\":\"a long passphrase\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.roles[0]").value("ORGANIZER"));
        var organizerToken = token(name, "a long passphrase");
        http.perform(get("/api/v1/users").header("Authorization", "Bearer " + organizerToken))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("error.forbidden"));
        var adminToken = tokenFor(accounts.create(GlobalRole.ADMIN));
        http.perform(get("/api/v1/users").header("Authorization", "Bearer " + adminToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isArray());
    }

    @Test
    void health_is_public() throws Exception {
        http.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }
}
