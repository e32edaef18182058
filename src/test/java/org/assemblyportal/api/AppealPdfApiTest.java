package org.assemblyportal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.assemblyportal.TestClock;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.assembly.CaseReference;
import org.assemblyportal.assembly.CaseRole;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.assembly.Invitation;
import org.assemblyportal.evidence.SampleFiles;
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

/** The appeal pack through the API: the case's lawyer gets the PDF, a monitor 403, a stranger 404, a bad language 400. */
@ServiceTest
@AutoConfigureMockMvc
@Import(TestAccounts.class)
class AppealPdfApiTest {

    @Autowired
    MockMvc http;
    @Autowired
    TestAccounts accounts;
    @Autowired
    CaseService cases;

    UserRef organizer;
    UserRef lawyer;
    String organizerToken;
    String caseId;

    @BeforeEach
    void aFiledMarchWithoutAnAnswerYet() throws Exception {
        organizer = accounts.create(GlobalRole.ORGANIZER);
        lawyer = accounts.create(GlobalRole.LAWYER);
        organizerToken = ApiTokens.issue(http, organizer);
        var created = http.perform(post("/api/v1/cases").header("Authorization", "Bearer " + organizerToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"March\",\"jurisdictionCode\":\"KZ\",\"plannedDate\":\""
                                + TestClock.TODAY.plusDays(30) + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        caseId = JsonPath.read(created, "$.id");
        accounts.as(organizer, () -> cases.invite(UUID.fromString(caseId), new Invitation(lawyer.username(), CaseRole.LAWYER)));
        http.perform(put("/api/v1/cases/" + caseId + "/draft").header("Authorization", "Bearer " + organizerToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": -1, \"data\": {\"form\": \"MARCH\", \"purpose\": \"Equal pay\"}}"))
                .andExpect(status().isOk());
        var filing = """
                {"channel": "IN_PERSON", "registeredAt": "2026-11-02T09:00", "proofKinds": []}""";
        http.perform(multipart("/api/v1/cases/" + caseId + "/filings")
                        .file(new MockMultipartFile("filing", "", MediaType.APPLICATION_JSON_VALUE,
                                filing.getBytes(StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + organizerToken))
                .andExpect(status().isCreated());
    }

    private void logRefusal(String token) throws Exception {
        var json = """
                {"receivedAt": "2026-11-12T16:00", "decisionDate": "2026-11-12", "channel": "COURIER",
                 "outcome": "REFUSED", "grounds": ["NOT_IN_LAW"], "reasonText": "Ремонтные работы на маршруте"}""";
        http.perform(multipart("/api/v1/cases/" + caseId + "/responses")
                        .file(new MockMultipartFile("response", "", MediaType.APPLICATION_JSON_VALUE,
                                json.getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", SampleFiles.PDF))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated());
    }

    @Test
    void the_lawyer_of_the_case_gets_the_appeal_pack_as_a_pdf_attachment() throws Exception {
        var token = ApiTokens.issue(http, lawyer);
        logRefusal(token);

        var pdf = http.perform(get("/api/v1/cases/" + caseId + "/appeal.pdf").param("lang", "ru")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"appeal-"
                        + CaseReference.of(UUID.fromString(caseId)) + "-ru.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void an_unknown_language_is_a_400_problem_and_a_case_without_an_answer_a_409() throws Exception {
        var token = ApiTokens.issue(http, lawyer);
        http.perform(get("/api/v1/cases/" + caseId + "/appeal.pdf").param("lang", "en")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("pdf.appeal.no-response"));
        logRefusal(token);

        http.perform(get("/api/v1/cases/" + caseId + "/appeal.pdf").param("lang", "de")
                        .header("Authorization", "Bearer " + token).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("lang"))
                .andExpect(jsonPath("$.errors[0].message").value("Choose the language of the appeal pack: kk, ru, en."));
    }

    @Test
    void a_monitor_of_the_case_is_forbidden_and_a_stranger_finds_no_case() throws Exception {
        logRefusal(organizerToken);
        var monitor = accounts.create(GlobalRole.MONITOR);
        accounts.as(organizer, () -> cases.invite(UUID.fromString(caseId), new Invitation(monitor.username(), CaseRole.MONITOR)));

        http.perform(get("/api/v1/cases/" + caseId + "/appeal.pdf").param("lang", "en")
                        .header("Authorization", "Bearer " + ApiTokens.issue(http, monitor)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/v1/cases/" + caseId + "/appeal.pdf").param("lang", "en")
                        .header("Authorization", "Bearer " + ApiTokens.issue(http, accounts.create(GlobalRole.LAWYER))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
