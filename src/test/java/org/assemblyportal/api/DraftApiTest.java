package org.assemblyportal.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

/** Drafts through the API: save with versions, conflicts as 409, completeness in the client's language. */
@ServiceTest
@AutoConfigureMockMvc
@Import(TestAccounts.class)
class DraftApiTest {

    @Autowired
    MockMvc http;
    @Autowired
    TestAccounts accounts;

    private String tokenFor(UserRef user) throws Exception {
        return ApiTokens.issue(http, user);
    }

    private String newCase(String token) throws Exception {
        var body = http.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"March\",\"jurisdictionCode\":\"KZ\",\"plannedDate\":\""
                                + TestClock.TODAY.plusDays(30) + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private static String update(long version, String purpose, String iin) {
        return """
                {"version": %d, "data": {"form": "MARCH", "purpose": "%s",
                 "organizers": [{"kind": "INDIVIDUAL", "name": "Aigerim Serikova", "idNumber": "%s", "address": "Almaty"}],
                 "route": [{"name": "Central Park"}, {"name": "Abay Square", "latitude": 43.24, "longitude": 76.94}],
                 "start": "%sT11:00", "end": "%sT13:00", "participants": 300}}
                """.formatted(version, purpose, iin, TestClock.TODAY.plusDays(30), TestClock.TODAY.plusDays(30));
    }

    @Test
    void a_draft_is_saved_read_back_and_a_stale_version_is_refused_with_409() throws Exception {
        var token = tokenFor(accounts.create(GlobalRole.ORGANIZER));
        var id = newCase(token);

        var saved = http.perform(put("/api/v1/cases/" + id + "/draft").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(update(-1, "Equal pay", "900101300017")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.sha256").isString())
                .andReturn().getResponse().getContentAsString();
        long version = ((Number) JsonPath.read(saved, "$.version")).longValue();
        http.perform(put("/api/v1/cases/" + id + "/draft").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(update(version, "Equal pay now", "900101300017")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.revision").value(2));

        http.perform(put("/api/v1/cases/" + id + "/draft").header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "ru")
                        .contentType(MediaType.APPLICATION_JSON).content(update(version, "Stale", "900101300017")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("draft.conflict"));
        http.perform(get("/api/v1/cases/" + id + "/draft").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.data.purpose").value("Equal pay now"))
                .andExpect(jsonPath("$.data.route[1].latitude").value(43.24));
        http.perform(get("/api/v1/cases/" + id + "/draft/history").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$[0].revision").value(2))
                .andExpect(jsonPath("$[1].revision").value(1));
    }

    @Test
    void completeness_names_a_wrong_iin_in_the_clients_language_with_its_article() throws Exception {
        var token = tokenFor(accounts.create(GlobalRole.ORGANIZER));
        var id = newCase(token);
        http.perform(put("/api/v1/cases/" + id + "/draft").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(update(-1, "Equal pay", "900101300018")))
                .andExpect(status().isOk());

        http.perform(get("/api/v1/cases/" + id + "/completeness").header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complete").value(false))
                .andExpect(jsonPath("$.problems[0].code").value("draft.id-invalid"))
                .andExpect(jsonPath("$.problems[0].message").value("900101300018 — неверный ИИН: проверьте цифры."))
                .andExpect(jsonPath("$.problems[0].citation.article").value("Art. 12(2)(3)"))
                .andExpect(jsonPath("$.deadline.tooLate").value(false));
    }

    @Test
    void progress_shows_the_stage_and_the_last_day_to_file() throws Exception {
        var token = tokenFor(accounts.create(GlobalRole.ORGANIZER));
        var id = newCase(token);
        http.perform(put("/api/v1/cases/" + id + "/draft").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(update(-1, "Equal pay", "900101300017")))
                .andExpect(status().isOk());

        http.perform(get("/api/v1/cases/" + id + "/progress").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("DRAFTING"))
                .andExpect(jsonPath("$.filingDeadline.lastDay").isString())
                .andExpect(jsonPath("$.filingDeadline.daysLeft").isNumber())
                .andExpect(jsonPath("$.filings").isEmpty());
    }

    @Test
    void a_stranger_gets_404_for_the_draft() throws Exception {
        var owner = tokenFor(accounts.create(GlobalRole.ORGANIZER));
        var stranger = tokenFor(accounts.create(GlobalRole.ORGANIZER));
        var id = newCase(owner);

        http.perform(get("/api/v1/cases/" + id + "/draft").header("Authorization", "Bearer " + stranger))
                .andExpect(status().isNotFound());
    }
}
