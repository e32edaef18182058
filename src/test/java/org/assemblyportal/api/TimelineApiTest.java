package org.assemblyportal.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.TestClock;
import org.assemblyportal.security.GlobalRole;
import org.assemblyportal.security.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The timeline through the API: entries in order, titles in the client's language, kinds filtered. */
@ServiceTest
@AutoConfigureMockMvc
@Import(TestAccounts.class)
class TimelineApiTest {

    @Autowired
    MockMvc http;
    @Autowired
    TestAccounts accounts;

    String token;
    String caseId;

    @BeforeEach
    void aFiledCaseWithARefusal() throws Exception {
        token = ApiTokens.issue(http, accounts.create(GlobalRole.ORGANIZER));
        var start = TestClock.TODAY.plusDays(30);
        var created = http.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"March\",\"jurisdictionCode\":\"KZ\",\"plannedDate\":\"" + start + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        caseId = JsonPath.read(created, "$.id");
        http.perform(put("/api/v1/cases/" + caseId + "/draft").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": -1, \"data\": {\"form\": \"MARCH\", \"purpose\": \"Equal pay\", "
                                + "\"start\": \"" + start + "T11:00\", \"end\": \"" + start + "T13:00\"}}"))
                .andExpect(status().isOk());
        http.perform(multipart("/api/v1/cases/" + caseId + "/filings")
                        .file(part("filing", """
                                {"channel": "IN_PERSON", "registeredAt": "%sT09:00", "proofKinds": []}"""
                                .formatted(TestClock.TODAY.minusDays(2))))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated());
        http.perform(multipart("/api/v1/cases/" + caseId + "/responses")
                        .file(part("response", """
                                {"receivedAt": "%sT10:15", "decisionDate": "%s", "channel": "REGISTERED_MAIL",
                                 "outcome": "REFUSED", "grounds": ["ART14_1_10"], "reasonText": "Ремонт дороги."}"""
                                .formatted(TestClock.TODAY, TestClock.TODAY.minusDays(1))))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated());
    }

    @Test
    void filings_and_answers_come_in_order_with_titles_in_the_clients_language() throws Exception {
        http.perform(get("/api/v1/cases/" + caseId + "/timeline").param("kinds", "FILING,RESPONSE")
                        .header("Authorization", "Bearer " + token).header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].kind").value("FILING"))
                .andExpect(jsonPath("$[0].title").value("Подано в орган (Лично в канцелярии)"))
                .andExpect(jsonPath("$[0].at").value(TestClock.TODAY.minusDays(2) + "T09:00:00+05:00"))
                .andExpect(jsonPath("$[0].zone").value("Asia/Almaty"))
                .andExpect(jsonPath("$[0].past").value(true))
                .andExpect(jsonPath("$[1].kind").value("RESPONSE"))
                .andExpect(jsonPath("$[1].title").value(
                        "Орган ответил на подачу 1: Отказано по основаниям ст. 14 (Заказное письмо с уведомлением)"))
                .andExpect(jsonPath("$[1].detail").value("Ремонт дороги."))
                .andExpect(jsonPath("$[1].citation.article").value("Arts. 11(1)(2), 13(1), 14"));
    }

    @Test
    void without_kinds_the_whole_timeline_ends_with_the_coming_start_of_the_assembly() throws Exception {
        var body = http.perform(get("/api/v1/cases/" + caseId + "/timeline").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'FINDING')].title").value(org.hamcrest.Matchers.hasItem(
                        "The authority refused without first offering another place, route or time, as it must.")))
                .andExpect(jsonPath("$[?(@.kind == 'DEADLINE' && @.allDay == true)].past")
                        .value(org.hamcrest.Matchers.hasItem(false)))
                .andReturn().getResponse().getContentAsString();
        int count = JsonPath.read(body, "$.length()");
        String lastTitle = JsonPath.read(body, "$[" + (count - 1) + "].title");
        boolean lastPast = JsonPath.read(body, "$[" + (count - 1) + "].past");
        org.assertj.core.api.Assertions.assertThat(lastTitle).isEqualTo("Planned start of the assembly");
        org.assertj.core.api.Assertions.assertThat(lastPast).isFalse();
    }

    @Test
    void an_unknown_kind_is_a_400_problem_that_names_the_kinds() throws Exception {
        http.perform(get("/api/v1/cases/" + caseId + "/timeline").param("kinds", "FILING,MEETINGS")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("kinds"))
                .andExpect(jsonPath("$.errors[0].code").value("timeline.unknown-kind"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "There is no kind of timeline entry called \"MEETINGS\". Use FILING, PROOF, RESPONSE")));
    }

    @Test
    void a_stranger_gets_404() throws Exception {
        var stranger = ApiTokens.issue(http, accounts.create(GlobalRole.LAWYER));

        http.perform(get("/api/v1/cases/" + caseId + "/timeline").header("Authorization", "Bearer " + stranger))
                .andExpect(status().isNotFound());
    }

    private static MockMultipartFile part(String name, String json) {
        return new MockMultipartFile(name, "", MediaType.APPLICATION_JSON_VALUE, json.getBytes(StandardCharsets.UTF_8));
    }
}
