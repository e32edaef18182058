package org.assemblyportal.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.TestClock;
import org.assemblyportal.assembly.CaseRole;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.assembly.Invitation;
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

/**
 * Coded conditions through the API, the finding they raise, and a lawyer dismissing and restoring
 * it; the march's akimat answered "approved" two days after filing, imposing a condition for pickets.
 */
@ServiceTest
@AutoConfigureMockMvc
@Import(TestAccounts.class)
class FindingDismissalApiTest {

    static final String NO_TENTS = """
            {"filingSequence": 1, "kind": "CONDITIONS_BEYOND_RULES", "reason": "The tents were ours to decide; not worth the appeal."}""";

    @Autowired
    MockMvc http;
    @Autowired
    TestAccounts accounts;
    @Autowired
    CaseService cases;

    String organizer;
    String lawyer;
    String caseId;

    @BeforeEach
    void aMarchApprovedWithoutTents() throws Exception {
        UserRef organizerRef = accounts.create(GlobalRole.ORGANIZER);
        UserRef lawyerRef = accounts.create(GlobalRole.LAWYER);
        organizer = ApiTokens.issue(http, organizerRef);
        lawyer = ApiTokens.issue(http, lawyerRef);
        var created = http.perform(post("/api/v1/cases").header("Authorization", "Bearer " + organizer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"March\",\"jurisdictionCode\":\"KZ\",\"plannedDate\":\""
                                + TestClock.TODAY.plusDays(30) + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        caseId = JsonPath.read(created, "$.id");
        accounts.as(organizerRef, () -> cases.invite(UUID.fromString(caseId),
                new Invitation(lawyerRef.username(), CaseRole.LAWYER)));
        http.perform(put("/api/v1/cases/" + caseId + "/draft").header("Authorization", "Bearer " + organizer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": -1, \"data\": {\"form\": \"MARCH\", \"purpose\": \"Equal pay\"}}"))
                .andExpect(status().isOk());
        var filing = """
                {"channel": "IN_PERSON", "registeredAt": "%sT09:00", "proofKinds": []}""".formatted(TestClock.TODAY.minusDays(2));
        http.perform(multipart("/api/v1/cases/" + caseId + "/filings")
                        .file(new MockMultipartFile("filing", "", MediaType.APPLICATION_JSON_VALUE,
                                filing.getBytes(StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + organizer))
                .andExpect(status().isCreated());
        var response = """
                {"receivedAt": "%sT10:15", "decisionDate": "%s", "channel": "COURIER", "outcome": "APPROVED_WITH_CONDITIONS",
                 "conditions": "Без юрт и палаток", "conditionCodes": ["NO_VEHICLES", "NO_STRUCTURES"]}"""
                .formatted(TestClock.TODAY, TestClock.TODAY);
        http.perform(multipart("/api/v1/cases/" + caseId + "/responses")
                        .file(new MockMultipartFile("response", "", MediaType.APPLICATION_JSON_VALUE,
                                response.getBytes(StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + lawyer))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.conditionCodes[0]").value("NO_VEHICLES"))
                .andExpect(jsonPath("$.conditionCodes[1]").value("NO_STRUCTURES"));
    }

    @Test
    void a_condition_for_pickets_imposed_on_a_march_is_a_finding_with_article_13() throws Exception {
        http.perform(get("/api/v1/cases/" + caseId + "/findings").header("Authorization", "Bearer " + organizer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].findings.length()").value(1))
                .andExpect(jsonPath("$[0].findings[0].kind").value("CONDITIONS_BEYOND_RULES"))
                .andExpect(jsonPath("$[0].findings[0].message").value(containsString("NO_STRUCTURES")))
                .andExpect(jsonPath("$[0].findings[0].citations[2].article").value("Art. 13(1)"))
                .andExpect(jsonPath("$[0].findings[0].dismissed").value(false))
                .andExpect(jsonPath("$[0].findings[0].history.length()").value(0));
    }

    @Test
    void a_lawyer_dismisses_the_finding_which_stays_listed_with_the_reason_and_restores_it() throws Exception {
        http.perform(post("/api/v1/cases/" + caseId + "/findings/dismissals").header("Authorization", "Bearer " + lawyer)
                        .contentType(MediaType.APPLICATION_JSON).content(NO_TENTS))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.action").value("DISMISSED"))
                .andExpect(jsonPath("$.at").value(TestClock.NOW.toString()));

        http.perform(get("/api/v1/cases/" + caseId + "/findings").header("Authorization", "Bearer " + organizer))
                .andExpect(jsonPath("$[0].findings[0].kind").value("CONDITIONS_BEYOND_RULES"))
                .andExpect(jsonPath("$[0].findings[0].dismissed").value(true))
                .andExpect(jsonPath("$[0].findings[0].dismissal.reason").value("The tents were ours to decide; not worth the appeal."))
                .andExpect(jsonPath("$[0].findings[0].dismissal.by").isString())
                .andExpect(jsonPath("$[0].findings[0].history.length()").value(1));

        http.perform(post("/api/v1/cases/" + caseId + "/findings/restorations").header("Authorization", "Bearer " + lawyer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"filingSequence\": 1, \"kind\": \"CONDITIONS_BEYOND_RULES\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.action").value("RESTORED"));
        http.perform(get("/api/v1/cases/" + caseId + "/findings").header("Authorization", "Bearer " + lawyer))
                .andExpect(jsonPath("$[0].findings[0].dismissed").value(false))
                .andExpect(jsonPath("$[0].findings[0].history[0].action").value("DISMISSED"))
                .andExpect(jsonPath("$[0].findings[0].history[1].action").value("RESTORED"));
        http.perform(post("/api/v1/cases/" + caseId + "/findings/restorations").header("Authorization", "Bearer " + lawyer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"filingSequence\": 1, \"kind\": \"CONDITIONS_BEYOND_RULES\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("compliance.not-dismissed"));
    }

    @Test
    void the_organizer_gets_403_a_stranger_404_and_a_missing_reason_a_translated_400() throws Exception {
        http.perform(post("/api/v1/cases/" + caseId + "/findings/dismissals").header("Authorization", "Bearer " + organizer)
                        .contentType(MediaType.APPLICATION_JSON).content(NO_TENTS))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("compliance.dismiss-not-allowed"));
        var stranger = ApiTokens.issue(http, accounts.create(GlobalRole.LAWYER));
        http.perform(post("/api/v1/cases/" + caseId + "/findings/dismissals").header("Authorization", "Bearer " + stranger)
                        .contentType(MediaType.APPLICATION_JSON).content(NO_TENTS))
                .andExpect(status().isNotFound());
        http.perform(post("/api/v1/cases/" + caseId + "/findings/dismissals").header("Authorization", "Bearer " + lawyer)
                        .header("Accept-Language", "ru").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"filingSequence\": 1, \"kind\": \"CONDITIONS_BEYOND_RULES\", \"reason\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].code").value("validation.required"));
        http.perform(get("/api/v1/cases/" + caseId + "/findings").header("Authorization", "Bearer " + lawyer))
                .andExpect(jsonPath("$[0].findings[0].dismissed").value(false));
    }
}
