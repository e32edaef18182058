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

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.TestClock;
import org.assemblyportal.assembly.CaseReference;
import org.assemblyportal.security.GlobalRole;
import org.assemblyportal.security.TestAccounts;
import org.assemblyportal.security.UserRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The application PDF through the API: members get the file, strangers 404, unknown languages 400. */
@ServiceTest
@AutoConfigureMockMvc
@Import(TestAccounts.class)
class ApplicationPdfApiTest {

    @Autowired
    MockMvc http;
    @Autowired
    TestAccounts accounts;

    private String tokenFor(UserRef user) throws Exception {
        return ApiTokens.issue(http, user);
    }

    /** A Kazakh case with a march drafted in it. */
    private String caseWithDraft(String token) throws Exception {
        var body = http.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"March\",\"jurisdictionCode\":\"KZ\",\"plannedDate\":\""
                                + TestClock.TODAY.plusDays(30) + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        var day = TestClock.TODAY.plusDays(30);
        http.perform(put("/api/v1/cases/" + id + "/draft").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"version": -1, "data": {"form": "MARCH", "purpose": "Equal pay",
                         "organizers": [{"kind": "INDIVIDUAL", "name": "Aigerim Serikova", "idNumber": "900101300017"}],
                         "route": [{"name": "Central Park"}, {"name": "Abay Square"}],
                         "start": "%sT11:00", "end": "%sT13:00", "participants": 300}}
                        """.formatted(day, day)))
                .andExpect(status().isOk());
        return id;
    }

    @Test
    void a_member_gets_the_bilingual_pdf_as_an_attachment() throws Exception {
        var token = tokenFor(accounts.create(GlobalRole.ORGANIZER));
        var id = caseWithDraft(token);

        var pdf = http.perform(get("/api/v1/cases/" + id + "/application.pdf").param("lang", "kk-ru")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"application-" + CaseReference.of(UUID.fromString(id)) + "-kk-ru.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void without_lang_the_jurisdictions_document_languages_apply() throws Exception {
        var token = tokenFor(accounts.create(GlobalRole.ORGANIZER));
        var id = caseWithDraft(token);

        http.perform(get("/api/v1/cases/" + id + "/application.pdf").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.endsWith("-kk-ru.pdf\"")));
    }

    @Test
    void a_filed_version_prints_as_filed_with_its_snapshot_hash_whatever_the_draft_says_later() throws Exception {
        var token = tokenFor(accounts.create(GlobalRole.ORGANIZER));
        var id = caseWithDraft(token);
        var filing = new MockMultipartFile("filing", "", MediaType.APPLICATION_JSON_VALUE,
                ("{\"channel\":\"IN_PERSON\",\"registeredAt\":\"" + TestClock.TODAY + "T10:00\",\"proofKinds\":[]}")
                        .getBytes(StandardCharsets.UTF_8));
        var filed = http.perform(multipart("/api/v1/cases/" + id + "/filings").file(filing).header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String snapshotSha256 = JsonPath.read(filed, "$.snapshotSha256");
        long version = ((Number) JsonPath.read(http.perform(get("/api/v1/cases/" + id + "/draft")
                .header("Authorization", "Bearer " + token)).andReturn().getResponse().getContentAsString(), "$.version"))
                .longValue();
        http.perform(put("/api/v1/cases/" + id + "/draft").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + version + ", \"data\": {\"form\": \"MARCH\", \"purpose\": \"Changed later\"}}"))
                .andExpect(status().isOk());

        var pdf = http.perform(get("/api/v1/cases/" + id + "/filings/1/application.pdf").param("lang", "en")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("filed-1-")))
                .andReturn().getResponse().getContentAsByteArray();
        var text = textOf(pdf);
        assertThat(text).contains("Equal pay", snapshotSha256).doesNotContain("Changed later");
        http.perform(get("/api/v1/cases/" + id + "/filings/2/application.pdf").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (var document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            var text = new StringBuilder();
            for (var page = 1; page <= document.getNumberOfPages(); page++) {
                text.append(PdfTextExtractor.getTextFromPage(document.getPage(page)));
            }
            return text.toString();
        }
    }

    @Test
    void a_stranger_gets_404() throws Exception {
        var id = caseWithDraft(tokenFor(accounts.create(GlobalRole.ORGANIZER)));
        var stranger = tokenFor(accounts.create(GlobalRole.ORGANIZER));

        http.perform(get("/api/v1/cases/" + id + "/application.pdf").param("lang", "kk")
                        .header("Authorization", "Bearer " + stranger))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("case.not-found"));
    }

    @Test
    void an_unknown_language_is_a_400_with_a_translated_message() throws Exception {
        var token = tokenFor(accounts.create(GlobalRole.ORGANIZER));
        var id = caseWithDraft(token);

        http.perform(get("/api/v1/cases/" + id + "/application.pdf").param("lang", "xx")
                        .header("Authorization", "Bearer " + token).header("Accept-Language", "ru"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lang"))
                .andExpect(jsonPath("$.errors[0].code").value("pdf.application.language-invalid"))
                .andExpect(jsonPath("$.errors[0].message").value("Выберите язык документа: kk, ru, en, kk-ru."));
    }

    @Test
    void the_openapi_document_describes_the_pdf_and_its_lang_parameter() throws Exception {
        http.perform(get("/api/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/application.pdf'].get.parameters[?(@.name == 'lang')]").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/application.pdf'].get.responses['200'].content['application/pdf']").exists());
    }

    @Test
    void without_a_token_there_is_no_pdf() throws Exception {
        var id = caseWithDraft(tokenFor(accounts.create(GlobalRole.ORGANIZER)));

        http.perform(get("/api/v1/cases/" + id + "/application.pdf"))
                .andExpect(status().isUnauthorized());
    }
}
