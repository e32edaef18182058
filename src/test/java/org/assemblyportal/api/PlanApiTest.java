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
import org.assemblyportal.security.UserRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The monitoring plan through the API: segments edited, walks scheduled, a monitor's tasks, refusals. */
@ServiceTest
@AutoConfigureMockMvc
@Import(TestAccounts.class)
class PlanApiTest {

    @Autowired
    MockMvc http;
    @Autowired
    TestAccounts accounts;

    String token;
    String caseId;
    UserRef monitor;
    String monitorToken;
    String day = TestClock.TODAY.plusDays(30).toString();

    @BeforeEach
    void aFiledMarchWithAMonitor() throws Exception {
        token = ApiTokens.issue(http, accounts.create(GlobalRole.ORGANIZER));
        monitor = accounts.create(GlobalRole.MONITOR);
        monitorToken = ApiTokens.issue(http, monitor);
        var created = http.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"March\",\"jurisdictionCode\":\"KZ\",\"plannedDate\":\"" + day + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        caseId = JsonPath.read(created, "$.id");
        http.perform(post("/api/v1/cases/" + caseId + "/members").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + monitor.username() + "\",\"role\":\"MONITOR\"}"))
                .andExpect(status().is2xxSuccessful());
        http.perform(put("/api/v1/cases/" + caseId + "/draft").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version": -1, "data": {"form": "MARCH", "start": "%sT11:00", "route": [
                                 {"name": "Valikhanov square"}, {"name": "Shevchenko street"}, {"name": "Gandhi park"}]}}"""
                                .formatted(day)))
                .andExpect(status().isOk());
        var filing = """
                {"channel": "IN_PERSON", "registeredAt": "%sT09:00", "proofKinds": []}""".formatted(TestClock.TODAY.minusDays(2));
        http.perform(multipart("/api/v1/cases/" + caseId + "/filings")
                        .file(new MockMultipartFile("filing", "", MediaType.APPLICATION_JSON_VALUE,
                                filing.getBytes(StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated());
    }

    @Test
    void a_segment_is_planned_a_walk_scheduled_and_the_monitor_sees_it_as_a_task() throws Exception {
        http.perform(put("/api/v1/cases/" + caseId + "/plan/segments/2").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "Shevchenko street", "notes": "Works announced here",
                                 "geojson": "{\\"type\\": \\"LineString\\", \\"coordinates\\": [[76.94, 43.24], [76.93, 43.23]]}",
                                 "waypoints": [{"name": "Fence", "latitude": 43.2391, "longitude": 76.9457,
                                                "angle": "from the north-east corner facing south-west"}],
                                 "monitors": ["%s"]}""".formatted(monitor.username())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(2))
                .andExpect(jsonPath("$.filedName").value("Shevchenko street – Gandhi park"))
                .andExpect(jsonPath("$.needsPair").value(true))
                .andExpect(jsonPath("$.monitors[0].username").value(monitor.username()));
        http.perform(post("/api/v1/cases/" + caseId + "/plan/walks").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"The day before\", \"plannedAt\": \"" + TestClock.TODAY.plusDays(29)
                                + "T11:00\", \"segments\": [1, 2]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.plannedAt").value(TestClock.TODAY.plusDays(29) + "T11:00:00+05:00"))
                .andExpect(jsonPath("$.past").value(false));

        http.perform(get("/api/v1/cases/" + caseId + "/plan").header("Authorization", "Bearer " + monitorToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.filed").value(true))
                .andExpect(jsonPath("$.editable").value(false))
                .andExpect(jsonPath("$.segments.length()").value(2))
                .andExpect(jsonPath("$.segments[0].name").value("Valikhanov square – Shevchenko street"))
                .andExpect(jsonPath("$.segments[1].waypoints[0].angle").value("from the north-east corner facing south-west"))
                .andExpect(jsonPath("$.walks[0].segments.length()").value(2));
        http.perform(get("/api/v1/me/tasks").header("Authorization", "Bearer " + monitorToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].caseId").value(caseId))
                .andExpect(jsonPath("$[0].walkName").value("The day before"))
                .andExpect(jsonPath("$[0].segments.length()").value(1))
                .andExpect(jsonPath("$[0].segments[0].waypoints[0].name").value("Fence"));
    }

    @Test
    void a_bad_line_and_a_non_monitor_get_a_translated_problem_and_nothing_is_saved() throws Exception {
        http.perform(put("/api/v1/cases/" + caseId + "/plan/segments/1").header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "ru")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"geojson": "{\\"type\\": \\"LineString\\", \\"coordinates\\": [[76.94, 43.24], [200, 43.23]]}",
                                 "monitors": ["nobody-here"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'geojson')].code").value("plan.geojson.out-of-range"))
                .andExpect(jsonPath("$.errors[?(@.field == 'monitors')].message")
                        .value("«nobody-here» не наблюдатель этого дела."));

        http.perform(get("/api/v1/cases/" + caseId + "/plan/segments/1/history").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void a_monitor_may_not_change_the_plan_and_someone_outside_the_case_gets_404() throws Exception {
        http.perform(put("/api/v1/cases/" + caseId + "/plan/segments/1").header("Authorization", "Bearer " + monitorToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Mine\"}"))
                .andExpect(status().isForbidden());
        var stranger = ApiTokens.issue(http, accounts.create(GlobalRole.LAWYER));
        http.perform(get("/api/v1/cases/" + caseId + "/plan").header("Authorization", "Bearer " + stranger))
                .andExpect(status().isNotFound());
        http.perform(post("/api/v1/cases/" + caseId + "/plan/walks").header("Authorization", "Bearer " + stranger)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Day of\", \"plannedAt\": \"" + day + "T11:00\", \"segments\": [1]}"))
                .andExpect(status().isNotFound());
        http.perform(get("/api/v1/me/tasks").header("Authorization", "Bearer " + stranger))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }
}
