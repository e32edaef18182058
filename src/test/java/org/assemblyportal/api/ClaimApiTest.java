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

/** Stated claims through the API: recorded from a logged refusal, listed, refused with reasons. */
@ServiceTest
@AutoConfigureMockMvc
@Import(TestAccounts.class)
class ClaimApiTest {

    @Autowired
    MockMvc http;
    @Autowired
    TestAccounts accounts;

    String token;
    String caseId;
    String responseId;
    String start = TestClock.TODAY.plusDays(30) + "T11:00";
    String end = TestClock.TODAY.plusDays(30) + "T13:00";

    @BeforeEach
    void aRefusedMarchAlongThreeWaypoints() throws Exception {
        token = ApiTokens.issue(http, accounts.create(GlobalRole.ORGANIZER));
        var created = http.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"March\",\"jurisdictionCode\":\"KZ\",\"plannedDate\":\""
                                + TestClock.TODAY.plusDays(30) + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        caseId = JsonPath.read(created, "$.id");
        http.perform(put("/api/v1/cases/" + caseId + "/draft").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version": -1, "data": {"form": "MARCH", "route": [{"name": "Valikhanov square"},
                                 {"name": "Shevchenko street"}, {"name": "Gandhi park"}]}}"""))
                .andExpect(status().isOk());
        var filing = """
                {"channel": "IN_PERSON", "registeredAt": "%sT09:00", "proofKinds": []}""".formatted(TestClock.TODAY.minusDays(2));
        http.perform(multipart("/api/v1/cases/" + caseId + "/filings")
                        .file(new MockMultipartFile("filing", "", MediaType.APPLICATION_JSON_VALUE,
                                filing.getBytes(StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated());
        var response = """
                {"receivedAt": "%sT10:15", "channel": "COURIER", "outcome": "REFUSED", "grounds": ["ART14_1_3"],
                 "reasonText": "Отказать: на улицах ведутся ремонтно-монтажные работы."}""".formatted(TestClock.TODAY);
        var logged = http.perform(multipart("/api/v1/cases/" + caseId + "/responses")
                        .file(new MockMultipartFile("response", "", MediaType.APPLICATION_JSON_VALUE,
                                response.getBytes(StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        responseId = JsonPath.read(logged, "$.id");
    }

    private String claim(String segments, String quote) {
        return """
                {"responseId": "%s", "type": "CONSTRUCTION_WORKS", "segments": %s, "atPlace": false,
                 "windowStart": "%s", "windowEnd": "%s", "quote": "%s"}""".formatted(responseId, segments, start, end, quote);
    }

    @Test
    void a_works_claim_on_both_segments_is_created_and_listed_with_the_segment_names() throws Exception {
        http.perform(post("/api/v1/cases/" + caseId + "/claims").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(claim("[1, 2]", "ведутся ремонтно-монтажные работы")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("CONSTRUCTION_WORKS"))
                .andExpect(jsonPath("$.segments[0].from").value("Valikhanov square"))
                .andExpect(jsonPath("$.segments[1].to").value("Gandhi park"))
                .andExpect(jsonPath("$.windowStart").value(start + ":00+05:00"));

        http.perform(get("/api/v1/cases/" + caseId + "/claims").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].quote").value("ведутся ремонтно-монтажные работы"));
    }

    @Test
    void a_misquoted_claim_on_a_segment_the_route_lacks_gets_a_translated_problem_and_nothing_is_stored() throws Exception {
        http.perform(post("/api/v1/cases/" + caseId + "/claims").header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "ru")
                        .contentType(MediaType.APPLICATION_JSON).content(claim("[5]", "works everywhere")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'segments')].message").value("В поданном маршруте нет участка 5."))
                .andExpect(jsonPath("$.errors[?(@.field == 'quote')].code").value("claim.quote-not-in-reason"));

        http.perform(get("/api/v1/cases/" + caseId + "/claims").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void a_claim_nobody_observed_tests_not_covered_on_both_segments_and_a_review_needs_a_lawyer_and_a_reason()
            throws Exception {
        var created = http.perform(post("/api/v1/cases/" + caseId + "/claims").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(claim("[1, 2]", "ведутся ремонтно-монтажные работы")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String claimId = JsonPath.read(created, "$.id");

        http.perform(get("/api/v1/cases/" + caseId + "/claims/" + claimId + "/test").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.computed.verdict").value("NOT_COVERED"))
                .andExpect(jsonPath("$.computed.segments.length()").value(2))
                .andExpect(jsonPath("$.computed.segments[1].name").value("Shevchenko street – Gandhi park"))
                .andExpect(jsonPath("$.verdict").value("NOT_COVERED"));
        // The organizer who opened the case is not a lawyer of it.
        http.perform(post("/api/v1/cases/" + caseId + "/claims/" + claimId + "/test/reviews")
                        .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"ok\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void someone_outside_the_case_gets_404() throws Exception {
        var stranger = ApiTokens.issue(http, accounts.create(GlobalRole.LAWYER));
        http.perform(get("/api/v1/cases/" + caseId + "/claims").header("Authorization", "Bearer " + stranger))
                .andExpect(status().isNotFound());
        http.perform(get("/api/v1/cases/" + caseId + "/claims/" + java.util.UUID.randomUUID() + "/test")
                        .header("Authorization", "Bearer " + stranger))
                .andExpect(status().isNotFound());
        http.perform(post("/api/v1/cases/" + caseId + "/claims").header("Authorization", "Bearer " + stranger)
                        .contentType(MediaType.APPLICATION_JSON).content(claim("[1]", "ведутся")))
                .andExpect(status().isNotFound());
    }
}
