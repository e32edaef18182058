package org.assemblyportal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.TestClock;
import org.assemblyportal.evidence.SampleFiles;
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

/** Contacts with the authority through the API: multipart in, the list as JSON, files back byte for byte. */
@ServiceTest
@AutoConfigureMockMvc
@Import(TestAccounts.class)
class CommunicationApiTest {

    static final String SAID = "Просили отозвать заявление.\\n  «Эпидобстановка»";

    @Autowired
    MockMvc http;
    @Autowired
    TestAccounts accounts;

    String token;
    String caseId;

    @BeforeEach
    void aCase() throws Exception {
        token = ApiTokens.issue(http, accounts.create(GlobalRole.ORGANIZER));
        var created = http.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"March\",\"jurisdictionCode\":\"KZ\",\"plannedDate\":\""
                                + TestClock.TODAY.plusDays(30) + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        caseId = JsonPath.read(created, "$.id");
    }

    @Test
    void a_meeting_with_notes_is_created_listed_and_its_file_downloads_as_uploaded() throws Exception {
        var pdfSha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SampleFiles.PDF));

        var created = http.perform(multipart("/api/v1/cases/" + caseId + "/communications")
                        .file(communicationPart("WITHDRAWAL_REQUEST", "BOTH", "\"" + SAID + "\""))
                        .file(new MockMultipartFile("file", "записи.pdf", "application/pdf", SampleFiles.PDF))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("WITHDRAWAL_REQUEST"))
                .andExpect(jsonPath("$.occurredAt").value(TestClock.TODAY.minusDays(1) + "T15:30:00+05:00"))
                .andExpect(jsonPath("$.zone").value("Asia/Almaty"))
                .andExpect(jsonPath("$.direction").value("BOTH"))
                .andExpect(jsonPath("$.authorityParticipants").value("Deputy akim A. Akimov"))
                .andExpect(jsonPath("$.summary").value("Просили отозвать заявление.\n  «Эпидобстановка»"))
                .andExpect(jsonPath("$.files[0].sha256").value(pdfSha256))
                .andExpect(jsonPath("$.files[0].name").value("записи.pdf"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");

        http.perform(get("/api/v1/cases/" + caseId + "/communications").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].files[0].sha256").value(pdfSha256));
        var download = http.perform(get("/api/v1/cases/" + caseId + "/communications/" + id + "/files/" + pdfSha256)
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Repr-Digest", "sha-256=:"
                        + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(pdfSha256)) + ":"))
                .andReturn().getResponse();
        assertThat(download.getContentAsByteArray()).isEqualTo(SampleFiles.PDF);
    }

    @Test
    void an_executable_and_an_empty_summary_get_a_400_problem_in_the_clients_language_and_nothing_is_kept()
            throws Exception {
        http.perform(multipart("/api/v1/cases/" + caseId + "/communications")
                        .file(communicationPart("MEETING", "BOTH", "\"  \""))
                        .file(new MockMultipartFile("file", "notes.pdf", "application/pdf", SampleFiles.EXE))
                        .header("Authorization", "Bearer " + token).header("Accept-Language", "ru"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("error.invalid-input"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field == 'file[0]')].code").value("evidence.type-not-allowed"))
                .andExpect(jsonPath("$.errors[?(@.field == 'summary')].code").value("validation.required"))
                .andExpect(jsonPath("$.errors[?(@.field == 'summary')].message").value("Обязательное поле."));

        http.perform(get("/api/v1/cases/" + caseId + "/communications").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void a_kind_the_portal_does_not_have_is_a_malformed_request() throws Exception {
        http.perform(multipart("/api/v1/cases/" + caseId + "/communications")
                        .file(communicationPart("BRIBE", "BOTH", "\"text\"")).header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("error.malformed-request"));
    }

    @Test
    void a_correction_names_the_entry_it_corrects_and_a_second_one_gets_409() throws Exception {
        var created = http.perform(multipart("/api/v1/cases/" + caseId + "/communications")
                        .file(communicationPart("PHONE_CALL", "FROM_AUTHORITY", "\"Call us\""))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");

        http.perform(multipart("/api/v1/cases/" + caseId + "/communications/" + id + "/corrections")
                        .file(communicationPart("MEETING", "BOTH", "\"We met\"")).header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.corrects").value(id))
                .andExpect(jsonPath("$.kind").value("MEETING"));
        http.perform(multipart("/api/v1/cases/" + caseId + "/communications/" + id + "/corrections")
                        .file(communicationPart("MEETING", "BOTH", "\"We met\"")).header("Authorization", "Bearer " + token))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("communication.already-corrected"));
    }

    @Test
    void a_monitor_of_the_case_gets_a_403_problem_and_a_stranger_a_404() throws Exception {
        var monitor = accounts.create(GlobalRole.MONITOR);
        http.perform(post("/api/v1/cases/" + caseId + "/members").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + monitor.username() + "\",\"role\":\"MONITOR\"}"))
                .andExpect(status().isOk());
        var monitorToken = ApiTokens.issue(http, monitor);
        var stranger = ApiTokens.issue(http, accounts.create(GlobalRole.LAWYER));

        http.perform(get("/api/v1/cases/" + caseId + "/communications").header("Authorization", "Bearer " + monitorToken))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("communication.not-allowed"));
        http.perform(multipart("/api/v1/cases/" + caseId + "/communications")
                        .file(communicationPart("MEETING", "BOTH", "\"We met\""))
                        .header("Authorization", "Bearer " + monitorToken))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("communication.not-allowed"));
        http.perform(get("/api/v1/cases/" + caseId + "/communications").header("Authorization", "Bearer " + stranger))
                .andExpect(status().isNotFound());
        http.perform(multipart("/api/v1/cases/" + caseId + "/communications")
                        .file(communicationPart("MEETING", "BOTH", "\"We met\""))
                        .header("Authorization", "Bearer " + stranger))
                .andExpect(status().isNotFound());
    }

    private static MockMultipartFile communicationPart(String kind, String direction, String summaryJson) {
        var json = """
                {"kind": "%s", "occurredAt": "%sT15:30", "direction": "%s",
                 "authorityParticipants": " Deputy akim A. Akimov ", "ourParticipants": "Aigerim", "summary": %s}"""
                .formatted(kind, TestClock.TODAY.minusDays(1), direction, summaryJson);
        return new MockMultipartFile("communication", "", MediaType.APPLICATION_JSON_VALUE,
                json.getBytes(StandardCharsets.UTF_8));
    }
}
