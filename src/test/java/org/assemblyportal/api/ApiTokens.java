package org.assemblyportal.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.assemblyportal.security.TestAccounts;
import org.assemblyportal.security.UserRef;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A personal access token for a test user, fetched the way a phone app does: name and password once. */
final class ApiTokens {

    private ApiTokens() {
    }

    static String issue(MockMvc http, UserRef user) throws Exception {
        return issue(http, user.username(), TestAccounts.PASSWORD);
    }

    static String issue(MockMvc http, String username, String password) throws Exception {
        var body = http.perform(post("/api/v1/tokens").with(httpBasic(username, password))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"test\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }
}
