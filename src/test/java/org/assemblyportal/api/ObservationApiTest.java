package org.assemblyportal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.TestClock;
import org.assemblyportal.security.GlobalRole;
import org.assemblyportal.security.TestAccounts;
import org.assemblyportal.security.UserRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcPrint;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Observations through the field API: sent and sent again, read back since a time, corrected, retracted, refused. */
@ServiceTest
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@Import(TestAccounts.class)
class ObservationApiTest {

    @Autowired
    MockMvc http;
    @Autowired
    TestAccounts accounts;

    String organizer;
    String lawyer;
    String monitor;
    String caseId;

    @BeforeEach
    void aFiledMarchWithAMonitorAndALawyer() throws Exception {
        var organizerUser = accounts.create(GlobalRole.ORGANIZER);
        organizer = ApiTokens.issue(http, organizerUser);
        var created = http.perform(post("/api/v1/cases").header("Authorization", "Bearer " + organizer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"March\",\"jurisdictionCode\":\"KZ\",\"plannedDate\":\""
                                + TestClock.TODAY.plusDays(30) + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        caseId = JsonPath.read(created, "$.id");
        monitor = member(GlobalRole.MONITOR, "MONITOR");
        lawyer = member(GlobalRole.LAWYER, "LAWYER");
        http.perform(put("/api/v1/cases/" + caseId + "/draft").header("Authorization", "Bearer " + organizer)
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
                        .header("Authorization", "Bearer " + organizer))
                .andExpect(status().isCreated());
    }

    private String member(GlobalRole role, String caseRole) throws Exception {
        UserRef user = accounts.create(role);
        http.perform(post("/api/v1/cases/" + caseId + "/members").header("Authorization", "Bearer " + organizer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + user.username() + "\",\"role\":\"" + caseRole + "\"}"))
                .andExpect(status().is2xxSuccessful());
        return ApiTokens.issue(http, user);
    }

    private static String observation(UUID clientId, int segment, String facts, double latitude) {
        return """
                {"clientId": "%s", "category": "OBSTACLES", "segment": %d, "deviceTime": "2026-11-24T10:42:00+05:00",
                 "location": {"latitude": %s, "longitude": 76.9457312, "accuracyMetres": 8.5},
                 "facts": "%s", "counts": {"policeOfficers": 2},
                 "obstacle": {"type": "FENCING", "lengthMetres": 6, "carriagewayBlockedPercent": 10, "passable": true}}"""
                .formatted(clientId, segment, latitude, facts);
    }

    private org.springframework.test.web.servlet.ResultActions send(String token, String json) throws Exception {
        return http.perform(post("/api/v1/cases/" + caseId + "/observations").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void a_thousand_observations_posted_twice_are_stored_exactly_once_each() throws Exception {
        var ids = new UUID[1000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = UUID.randomUUID();
            send(monitor, observation(ids[i], 1 + i % 2, "Fence " + i, 43.2)).andExpect(status().isCreated());
        }
        for (int i = 0; i < ids.length; i++) {
            send(monitor, observation(ids[i], 1 + i % 2, "Fence " + i, 43.2)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.clientId").value(ids[i].toString()));
        }

        http.perform(get("/api/v1/cases/" + caseId + "/observations?since=2026-11-24T05:00:00Z&page=0&size=100")
                        .header("Authorization", "Bearer " + lawyer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1000))
                .andExpect(jsonPath("$.items.length()").value(100))
                .andExpect(jsonPath("$.items[0].facts").value("Fence 0"))
                .andExpect(jsonPath("$.items[0].segmentName").value("Valikhanov square – Shevchenko street"))
                .andExpect(jsonPath("$.items[0].deviceTime").value("2026-11-24T10:42:00+05:00"));
        http.perform(get("/api/v1/cases/" + caseId + "/observations?since=2026-11-24T06:00:01Z")
                        .header("Authorization", "Bearer " + lawyer))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void the_same_client_id_with_other_content_is_a_409_problem() throws Exception {
        var clientId = UUID.randomUUID();
        send(monitor, observation(clientId, 2, "Fence", 43.2)).andExpect(status().isCreated());

        send(monitor, observation(clientId, 2, "Excavation", 43.2))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("observation.client-id-used"));
    }

    @Test
    void a_correction_and_a_retraction_are_new_versions_in_the_history() throws Exception {
        var first = send(monitor, observation(UUID.randomUUID(), 2, "Fence", 43.2)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String firstId = JsonPath.read(first, "$.id");
        var correction = observation(UUID.randomUUID(), 2, "Two fences", 43.2);

        var second = http.perform(post("/api/v1/observations/" + firstId + "/corrections")
                        .header("Authorization", "Bearer " + monitor).contentType(MediaType.APPLICATION_JSON)
                        .content(correction))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.supersedes").value(firstId)).andReturn().getResponse().getContentAsString();
        http.perform(post("/api/v1/observations/" + firstId + "/corrections")
                        .header("Authorization", "Bearer " + monitor).contentType(MediaType.APPLICATION_JSON)
                        .content(correction))
                .andExpect(status().isOk());
        String secondId = JsonPath.read(second, "$.id");
        http.perform(post("/api/v1/observations/" + secondId + "/retractions")
                        .header("Authorization", "Bearer " + monitor).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        http.perform(post("/api/v1/observations/" + secondId + "/retractions")
                        .header("Authorization", "Bearer " + monitor).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Wrong street\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.retractionReason").value("Wrong street"));

        http.perform(get("/api/v1/observations/" + firstId + "/history").header("Authorization", "Bearer " + lawyer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[1].facts").value("Two fences"))
                .andExpect(jsonPath("$[2].retracted").value(true));
        http.perform(get("/api/v1/cases/" + caseId + "/observations/current").header("Authorization", "Bearer " + lawyer))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].version").value(3));
    }

    @Test
    void bad_coordinates_a_segment_off_the_route_and_an_unknown_claim_are_translated_problems() throws Exception {
        var bad = observation(UUID.randomUUID(), 7, "Fence", 95.0).replace("\"obstacle\"",
                "\"claimTest\": {\"claimId\": \"" + UUID.randomUUID() + "\", \"assessment\": \"CONTRADICTS\", "
                        + "\"confidence\": \"HIGH\"}, \"obstacle\"");
        send(monitor, bad).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'segment')].code").value("observation.unknown-segment"))
                .andExpect(jsonPath("$.errors[?(@.field == 'location.latitude')].code")
                        .value("observation.latitude-range"))
                .andExpect(jsonPath("$.errors[?(@.field == 'claimTest.claimId')].code")
                        .value("observation.unknown-claim"));
    }

    @Test
    void a_lawyer_may_not_record_and_an_outsider_finds_neither_the_case_nor_the_observation() throws Exception {
        var sent = send(monitor, observation(UUID.randomUUID(), 1, "Fence", 43.2)).andReturn().getResponse()
                .getContentAsString();
        String id = JsonPath.read(sent, "$.id");
        var outsider = ApiTokens.issue(http, accounts.create(GlobalRole.MONITOR));

        send(lawyer, observation(UUID.randomUUID(), 1, "Fence", 43.2)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("observation.not-allowed"));
        send(outsider, observation(UUID.randomUUID(), 1, "Fence", 43.2)).andExpect(status().isNotFound());
        http.perform(get("/api/v1/observations/" + id + "/history").header("Authorization", "Bearer " + outsider))
                .andExpect(status().isNotFound());
        http.perform(post("/api/v1/observations/" + id + "/retractions").header("Authorization", "Bearer " + outsider)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}"))
                .andExpect(status().isNotFound());
        assertThat(id).isNotBlank();
    }

    private org.springframework.test.web.servlet.ResultActions sendBatch(String token, String jsonArray)
            throws Exception {
        return http.perform(post("/api/v1/cases/" + caseId + "/observations/batch")
                .header("Authorization", "Bearer " + token).header("Accept-Language", "ru")
                .contentType(MediaType.APPLICATION_JSON).content(jsonArray));
    }

    @Test
    void a_thousand_observations_in_two_batches_sent_again_are_stored_once_and_answered_as_replays() throws Exception {
        var batches = new String[2];
        for (int b = 0; b < 2; b++) {
            var items = new java.util.ArrayList<String>();
            for (int i = 0; i < 500; i++) {
                items.add(observation(UUID.randomUUID(), 1 + i % 2, "Fence " + (b * 500 + i), 43.2));
            }
            batches[b] = "[" + String.join(",", items) + "]";
        }
        for (var batch : batches) {
            sendBatch(monitor, batch).andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(500))
                    .andExpect(jsonPath("$[?(@.status != 'CREATED')]").isEmpty())
                    .andExpect(jsonPath("$[0].observation.version").value(1))
                    .andExpect(jsonPath("$[0].errors").doesNotExist());
        }
        for (var batch : batches) {
            sendBatch(monitor, batch).andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(500))
                    .andExpect(jsonPath("$[?(@.status != 'REPLAYED')]").isEmpty());
        }

        http.perform(get("/api/v1/cases/" + caseId + "/observations?size=1").header("Authorization", "Bearer " + lawyer))
                .andExpect(jsonPath("$.totalItems").value(1000));
    }

    @Test
    void a_mixed_batch_answers_per_item_in_order_with_translated_errors_and_stores_the_valid_new_one()
            throws Exception {
        var replayed = UUID.randomUUID();
        var reused = UUID.randomUUID();
        send(monitor, observation(replayed, 2, "Fence", 43.2)).andExpect(status().isCreated());
        send(monitor, observation(reused, 2, "Fence", 43.2)).andExpect(status().isCreated());
        var valid = UUID.randomUUID();
        var invalid = UUID.randomUUID();

        sendBatch(monitor, "[" + String.join(",", observation(valid, 1, "Barrier", 43.2),
                        observation(invalid, 1, "Barrier", 95.0), observation(replayed, 2, "Fence", 43.2),
                        observation(reused, 2, "Excavation", 43.2)) + "]")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[0].clientId").value(valid.toString()))
                .andExpect(jsonPath("$[0].status").value("CREATED"))
                .andExpect(jsonPath("$[0].observation.facts").value("Barrier"))
                .andExpect(jsonPath("$[1].clientId").value(invalid.toString()))
                .andExpect(jsonPath("$[1].status").value("INVALID"))
                .andExpect(jsonPath("$[1].observation").doesNotExist())
                .andExpect(jsonPath("$[1].errors[0].field").value("location.latitude"))
                .andExpect(jsonPath("$[1].errors[0].code").value("observation.latitude-range"))
                .andExpect(jsonPath("$[1].errors[0].message").value("Широта должна быть от -90 до 90 градусов."))
                .andExpect(jsonPath("$[2].status").value("REPLAYED"))
                .andExpect(jsonPath("$[2].observation.clientId").value(replayed.toString()))
                .andExpect(jsonPath("$[3].status").value("CONFLICT"))
                .andExpect(jsonPath("$[3].errors[0].field").value("clientId"))
                .andExpect(jsonPath("$[3].errors[0].code").value("observation.client-id-used"));

        http.perform(get("/api/v1/cases/" + caseId + "/observations").header("Authorization", "Bearer " + lawyer))
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.items[2].clientId").value(valid.toString()));
    }

    @Test
    void a_batch_is_for_the_case_monitors_and_an_empty_or_too_large_one_is_a_400_problem() throws Exception {
        var outsider = ApiTokens.issue(http, accounts.create(GlobalRole.MONITOR));
        var one = "[" + observation(UUID.randomUUID(), 1, "Fence", 43.2) + "]";

        sendBatch(lawyer, one).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("observation.not-allowed"));
        sendBatch(outsider, one).andExpect(status().isNotFound());
        sendBatch(monitor, "[]").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("observation.batch-size"))
                .andExpect(jsonPath("$.detail").value("Отправляйте в одном пакете от 1 до 500 наблюдений."));
        var items = new java.util.ArrayList<String>();
        for (int i = 0; i <= 500; i++) {
            items.add(observation(UUID.randomUUID(), 1, "Fence " + i, 43.2));
        }
        sendBatch(monitor, "[" + String.join(",", items) + "]").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("observation.batch-size"));
        sendBatch(monitor, "{}").andExpect(status().isBadRequest());

        http.perform(get("/api/v1/cases/" + caseId + "/observations").header("Authorization", "Bearer " + lawyer))
                .andExpect(jsonPath("$.totalItems").value(0));
    }
}
