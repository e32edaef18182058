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
import java.security.MessageDigest;
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

/** Responses through the API: multipart in, the response as JSON out, files back byte for byte. */
@ServiceTest
@AutoConfigureMockMvc
@Import(TestAccounts.class)
class ResponseApiTest {

    @Autowired
    MockMvc http;
    @Autowired
    TestAccounts accounts;

    String token;
    String caseId;

    @BeforeEach
    void aFiledCase() throws Exception {
        token = ApiTokens.issue(http, accounts.create(GlobalRole.ORGANIZER));
        var created = http.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"March\",\"jurisdictionCode\":\"KZ\",\"plannedDate\":\""
                                + TestClock.TODAY.plusDays(30) + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        caseId = JsonPath.read(created, "$.id");
        http.perform(put("/api/v1/cases/" + caseId + "/draft").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": -1, \"data\": {\"form\": \"MARCH\", \"purpose\": \"Equal pay\"}}"))
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
    void a_refusal_with_a_scan_is_created_listed_and_its_file_downloads_as_uploaded() throws Exception {
        var pdfSha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SampleFiles.PDF));

        http.perform(multipart("/api/v1/cases/" + caseId + "/responses").file(responsePart("REFUSED", "[\"ART14_1_10\"]"))
                        .file(new MockMultipartFile("file", "отказ.pdf", "application/pdf", SampleFiles.PDF))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.filingSequence").value(1))
                .andExpect(jsonPath("$.receivedAt").value(TestClock.TODAY + "T10:15:00+05:00"))
                .andExpect(jsonPath("$.zone").value("Asia/Almaty"))
                .andExpect(jsonPath("$.channel").value("REGISTERED_MAIL"))
                .andExpect(jsonPath("$.outcome").value("REFUSED"))
                .andExpect(jsonPath("$.grounds[0]").value("ART14_1_10"))
                .andExpect(jsonPath("$.reasonText").value("Отказать.\n  «угроза»"))
                .andExpect(jsonPath("$.files[0].sha256").value(pdfSha256))
                .andExpect(jsonPath("$.files[0].mediaType").value("application/pdf"));

        http.perform(get("/api/v1/cases/" + caseId + "/responses").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].files[0].sha256").value(pdfSha256));
        var download = http.perform(get("/api/v1/cases/" + caseId + "/responses/files/" + pdfSha256)
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().exists("Repr-Digest"))
                .andReturn().getResponse();
        assertThat(download.getContentAsByteArray()).isEqualTo(SampleFiles.PDF);
    }

    @Test
    void an_executable_and_a_refusal_without_grounds_get_a_400_problem_in_the_clients_language() throws Exception {
        http.perform(multipart("/api/v1/cases/" + caseId + "/responses").file(responsePart("REFUSED", "[]"))
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", SampleFiles.EXE))
                        .header("Authorization", "Bearer " + token).header("Accept-Language", "ru"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("error.invalid-input"))
                .andExpect(jsonPath("$.errors[?(@.field == 'file[0]')].code").value("evidence.type-not-allowed"))
                .andExpect(jsonPath("$.errors[?(@.field == 'file[0]')].message").value("Такой файл добавить нельзя. "
                        + "Допустимые форматы: JPEG, PNG, WebP, HEIC, HEIF, PDF. Формат определяется по содержимому файла, "
                        + "а не по его имени."))
                .andExpect(jsonPath("$.errors[?(@.field == 'grounds')].message").value("В отказе должно быть хотя бы "
                        + "одно основание: выберите основания, которые указал орган."));

        http.perform(get("/api/v1/cases/" + caseId + "/responses").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void an_outcome_the_jurisdiction_does_not_have_is_named_in_the_problem() throws Exception {
        http.perform(multipart("/api/v1/cases/" + caseId + "/responses").file(responsePart("PERMITTED", "[]"))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"))
                .andExpect(jsonPath("$.errors[0].code").value("response.unknown-outcome"))
                .andExpect(jsonPath("$.errors[0].message").value("The law of this jurisdiction has no outcome \"PERMITTED\"."));
    }

    @Test
    void a_correction_names_the_response_it_corrects_and_a_second_one_gets_409() throws Exception {
        var created = http.perform(multipart("/api/v1/cases/" + caseId + "/responses")
                        .file(responsePart("REFUSED", "[\"ART14_1_10\"]")).header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String responseId = JsonPath.read(created, "$.id");

        http.perform(multipart("/api/v1/cases/" + caseId + "/responses/" + responseId + "/corrections")
                        .file(responsePart("APPROVED", "[]")).header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.corrects").value(responseId))
                .andExpect(jsonPath("$.outcome").value("APPROVED"));
        http.perform(multipart("/api/v1/cases/" + caseId + "/responses/" + responseId + "/corrections")
                        .file(responsePart("APPROVED", "[]")).header("Authorization", "Bearer " + token))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("response.already-corrected"));
    }

    @Test
    void a_stranger_gets_404_for_the_responses_and_their_files() throws Exception {
        var stranger = ApiTokens.issue(http, accounts.create(GlobalRole.LAWYER));

        http.perform(get("/api/v1/cases/" + caseId + "/responses").header("Authorization", "Bearer " + stranger))
                .andExpect(status().isNotFound());
        http.perform(multipart("/api/v1/cases/" + caseId + "/responses").file(responsePart("APPROVED", "[]"))
                        .header("Authorization", "Bearer " + stranger))
                .andExpect(status().isNotFound());
        http.perform(get("/api/v1/cases/" + caseId + "/responses/files/" + "0".repeat(64))
                        .header("Authorization", "Bearer " + stranger))
                .andExpect(status().isNotFound());
    }

    @Test
    void findings_explain_a_refusal_without_an_alternative_in_the_clients_language() throws Exception {
        http.perform(multipart("/api/v1/cases/" + caseId + "/responses").file(responsePart("REFUSED", "[\"ART14_1_10\"]"))
                .header("Authorization", "Bearer " + token)).andExpect(status().isCreated());

        http.perform(get("/api/v1/cases/" + caseId + "/findings").header("Authorization", "Bearer " + token)
                        .header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].filingSequence").value(1))
                .andExpect(jsonPath("$[0].dueDate").isString())
                .andExpect(jsonPath("$[0].findings.length()").value(1))
                .andExpect(jsonPath("$[0].findings[0].kind").value("NO_ALTERNATIVE_BEFORE_REFUSAL"))
                .andExpect(jsonPath("$[0].findings[0].message").value(
                        "Орган отказал, не предложив сначала иное место, маршрут или время, как он обязан."))
                .andExpect(jsonPath("$[0].findings[0].citations[0].act").value(org.hamcrest.Matchers.containsString("61-NP")));
    }

    private static MockMultipartFile responsePart(String outcome, String grounds) {
        var json = """
                {"receivedAt": "%sT10:15", "decisionDate": "%s", "channel": "REGISTERED_MAIL", "documentNumber": "ЗТ-1",
                 "signatory": "A. Akimov", "outcome": "%s", "grounds": %s, "reasonText": "Отказать.\\n  «угроза»"}"""
                .formatted(TestClock.TODAY, TestClock.TODAY.minusDays(1), outcome, grounds);
        return new MockMultipartFile("response", "", MediaType.APPLICATION_JSON_VALUE, json.getBytes(StandardCharsets.UTF_8));
    }
}
