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
import org.assemblyportal.security.UserRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Filings through the API: multipart in, the filing as JSON out, proof files back byte for byte. */
@ServiceTest
@AutoConfigureMockMvc
@Import(TestAccounts.class)
class FilingApiTest {

    @Autowired
    MockMvc http;
    @Autowired
    TestAccounts accounts;

    String token;
    String caseId;
    String draftSha256;

    @BeforeEach
    void aCaseWithADraft() throws Exception {
        token = tokenFor(accounts.create(GlobalRole.ORGANIZER));
        var created = http.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"March\",\"jurisdictionCode\":\"KZ\",\"plannedDate\":\""
                                + TestClock.TODAY.plusDays(30) + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        caseId = JsonPath.read(created, "$.id");
        var draft = http.perform(put("/api/v1/cases/" + caseId + "/draft").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": -1, \"data\": {\"form\": \"MARCH\", \"purpose\": \"Equal pay\"}}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        draftSha256 = JsonPath.read(draft, "$.sha256");
    }

    @Test
    void a_filing_with_a_png_is_created_listed_and_its_proof_downloads_as_uploaded() throws Exception {
        var pngSha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SampleFiles.PNG));

        http.perform(multipart("/api/v1/cases/" + caseId + "/filings").file(filingPart("[\"STAMPED_COPY\"]"))
                        .file(new MockMultipartFile("proof", "../stamp.png", "image/png", SampleFiles.PNG))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sequence").value(1))
                .andExpect(jsonPath("$.amends").doesNotExist())
                .andExpect(jsonPath("$.channel").value("IN_PERSON"))
                .andExpect(jsonPath("$.registrationNumber").value("12-34/567"))
                .andExpect(jsonPath("$.registeredAt").value(TestClock.TODAY + "T10:30:00+05:00"))
                .andExpect(jsonPath("$.zone").value("Asia/Almaty"))
                .andExpect(jsonPath("$.snapshotSha256").value(draftSha256))
                .andExpect(jsonPath("$.snapshot.purpose").value("Equal pay"))
                .andExpect(jsonPath("$.proofs[0].kind").value("STAMPED_COPY"))
                .andExpect(jsonPath("$.proofs[0].sha256").value(pngSha256))
                .andExpect(jsonPath("$.proofs[0].mediaType").value("image/png"))
                .andExpect(jsonPath("$.proofs[0].name").value("stamp.png"));

        http.perform(get("/api/v1/cases/" + caseId + "/filings").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].proofs[0].sha256").value(pngSha256));
        var download = http.perform(get("/api/v1/cases/" + caseId + "/filings/proofs/" + pngSha256)
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"stamp.png\""))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse();
        assertThat(download.getContentAsByteArray()).isEqualTo(SampleFiles.PNG);
    }

    @Test
    void an_executable_named_like_a_picture_gets_a_400_problem_in_the_clients_language() throws Exception {
        http.perform(multipart("/api/v1/cases/" + caseId + "/filings").file(filingPart("[\"STAMPED_COPY\"]"))
                        .file(new MockMultipartFile("proof", "stamp.png", "image/png", SampleFiles.EXE))
                        .header("Authorization", "Bearer " + token).header("Accept-Language", "ru"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("error.invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("proof[0]"))
                .andExpect(jsonPath("$.errors[0].code").value("evidence.type-not-allowed"))
                .andExpect(jsonPath("$.errors[0].message").value("Такой файл добавить нельзя. Допустимые форматы: "
                        + "JPEG, PNG, WebP, HEIC, HEIF, PDF. Формат определяется по содержимому файла, а не по его имени."));

        http.perform(get("/api/v1/cases/" + caseId + "/filings").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void a_kind_for_each_file_is_required() throws Exception {
        http.perform(multipart("/api/v1/cases/" + caseId + "/filings").file(filingPart("[]"))
                        .file(new MockMultipartFile("proof", "stamp.png", "image/png", SampleFiles.PNG))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("filing.proof-kinds-mismatch"))
                .andExpect(jsonPath("$.errors[0].message").value("Give one kind for each proof file: 1 file, but no kinds."));
    }

    @Test
    void a_stranger_gets_404_for_the_filings_and_the_proofs() throws Exception {
        var stranger = tokenFor(accounts.create(GlobalRole.ORGANIZER));

        http.perform(get("/api/v1/cases/" + caseId + "/filings").header("Authorization", "Bearer " + stranger))
                .andExpect(status().isNotFound());
        http.perform(get("/api/v1/cases/" + caseId + "/filings/proofs/" + "0".repeat(64))
                        .header("Authorization", "Bearer " + stranger))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_stamped_copy_that_came_back_later_is_added_to_the_recorded_filing() throws Exception {
        http.perform(multipart("/api/v1/cases/" + caseId + "/filings").file(filingPart("[]"))
                .header("Authorization", "Bearer " + token)).andExpect(status().isCreated());
        var kinds = new MockMultipartFile("proofs", "", MediaType.APPLICATION_JSON_VALUE,
                "{\"proofKinds\": [\"STAMPED_COPY\"]}".getBytes(StandardCharsets.UTF_8));

        http.perform(multipart("/api/v1/cases/" + caseId + "/filings/1/proofs").file(kinds)
                        .file(new MockMultipartFile("proof", "stamp.png", "image/png", SampleFiles.PNG))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sequence").value(1))
                .andExpect(jsonPath("$.proofs").isEmpty())
                .andExpect(jsonPath("$.laterProofs[0].file.kind").value("STAMPED_COPY"))
                .andExpect(jsonPath("$.laterProofs[0].addedAt").isString());
        http.perform(multipart("/api/v1/cases/" + caseId + "/filings/2/proofs").file(kinds)
                        .file(new MockMultipartFile("proof", "stamp.png", "image/png", SampleFiles.PNG))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
    }

    private static MockMultipartFile filingPart(String proofKinds) {
        var json = """
                {"channel": "IN_PERSON", "registrationNumber": "12-34/567", "registeredAt": "%sT10:30",
                 "proofKinds": %s}""".formatted(TestClock.TODAY, proofKinds);
        return new MockMultipartFile("filing", "", MediaType.APPLICATION_JSON_VALUE, json.getBytes(StandardCharsets.UTF_8));
    }

    private String tokenFor(UserRef user) throws Exception {
        return ApiTokens.issue(http, user);
    }
}
