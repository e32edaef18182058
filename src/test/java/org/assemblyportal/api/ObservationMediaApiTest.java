package org.assemblyportal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.TestClock;
import org.assemblyportal.evidence.BlobStore;
import org.assemblyportal.evidence.ExifJpeg;
import org.assemblyportal.evidence.SampleFiles;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Files of observations through the field API: a raw PUT against the file's hash, sent again, refused, read back. */
@ServiceTest
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@Import(TestAccounts.class)
class ObservationMediaApiTest {

    @Autowired
    MockMvc http;
    @Autowired
    TestAccounts accounts;
    @Autowired
    BlobStore blobs;

    String organizer;
    String lawyer;
    String monitor;
    String caseId;
    String observationId;

    @BeforeEach
    void aMarchWithAnObservation() throws Exception {
        organizer = ApiTokens.issue(http, accounts.create(GlobalRole.ORGANIZER));
        var created = http.perform(post("/api/v1/cases").header("Authorization", "Bearer " + organizer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"March\",\"jurisdictionCode\":\"KZ\",\"plannedDate\":\""
                                + TestClock.TODAY.plusDays(30) + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        caseId = JsonPath.read(created, "$.id");
        monitor = member(GlobalRole.MONITOR, "MONITOR");
        lawyer = member(GlobalRole.LAWYER, "LAWYER");
        var observation = http.perform(post("/api/v1/cases/" + caseId + "/observations")
                        .header("Authorization", "Bearer " + monitor).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"clientId": "%s", "category": "OBSTACLES", "deviceTime": "2026-11-24T10:42:00+05:00",
                                 "landmark": "Corner of Shevchenko and Gandhi", "facts": "Three fence panels."}"""
                                .formatted(UUID.randomUUID())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        observationId = JsonPath.read(observation, "$.id");
    }

    private String member(GlobalRole role, String caseRole) throws Exception {
        UserRef user = accounts.create(role);
        http.perform(post("/api/v1/cases/" + caseId + "/members").header("Authorization", "Bearer " + organizer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + user.username() + "\",\"role\":\"" + caseRole + "\"}"))
                .andExpect(status().is2xxSuccessful());
        return ApiTokens.issue(http, user);
    }

    private ResultActions upload(String token, String sha256, byte[] body, String type) throws Exception {
        return http.perform(put("/api/v1/observations/" + observationId + "/media/" + sha256)
                .header("Authorization", "Bearer " + token)
                .header("Content-Disposition", "attachment; filename*=UTF-8''%D0%97%D0%B0%D0%B1%D0%BE%D1%80.png")
                .contentType(type).content(body));
    }

    private static byte[] uniquePng() {
        var extra = new byte[16];
        ThreadLocalRandom.current().nextBytes(extra);
        var png = new byte[SampleFiles.PNG.length + extra.length];
        System.arraycopy(SampleFiles.PNG, 0, png, 0, SampleFiles.PNG.length);
        System.arraycopy(extra, 0, png, SampleFiles.PNG.length, extra.length);
        return png;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void a_raw_put_stores_the_file_once_201_then_200_and_every_member_lists_and_downloads_it() throws Exception {
        var photo = uniquePng();
        var hash = sha256(photo);

        upload(monitor, hash, photo, "image/png").andExpect(status().isCreated())
                .andExpect(jsonPath("$.sha256").value(hash))
                .andExpect(jsonPath("$.mediaType").value("image/png"))
                .andExpect(jsonPath("$.sizeBytes").value(photo.length))
                .andExpect(jsonPath("$.name").value("Забор.png"))
                .andExpect(jsonPath("$.observationId").value(observationId));
        upload(monitor, hash.toUpperCase(), photo, "image/png").andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Забор.png"));

        http.perform(get("/api/v1/observations/" + observationId + "/media").header("Authorization", "Bearer " + lawyer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].sha256").value(hash));
        http.perform(get("/api/v1/cases/" + caseId + "/observations/current").header("Authorization", "Bearer " + lawyer))
                .andExpect(jsonPath("$[0].media[0].sha256").value(hash));
        var digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hash));
        http.perform(get("/api/v1/observations/" + observationId + "/media/" + hash)
                        .header("Authorization", "Bearer " + organizer))
                .andExpect(status().isOk())
                .andExpect(header().string("Repr-Digest", "sha-256=:" + digest + ":"))
                .andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(photo));
    }

    @Test
    void a_photo_s_preview_is_served_once_made_and_a_sound_recording_has_none() throws Exception {
        var photo = ExifJpeg.withExif(640, 480, 1);
        var hash = sha256(photo);
        upload(monitor, hash, photo, "image/jpeg").andExpect(status().isCreated())
                .andExpect(jsonPath("$.device").value("Apple iPhone 13"))
                .andExpect(jsonPath("$.capturedAt").value("2022-02-20T11:05:17"))
                .andExpect(jsonPath("$.capturedOffset").value("+06:00"));

        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int status;
        do {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            status = http.perform(get("/api/v1/observations/" + observationId + "/media/" + hash + "/thumbnail")
                    .header("Authorization", "Bearer " + lawyer)).andReturn().getResponse().getStatus();
        } while (status == 404 && System.nanoTime() < deadline);
        var preview = http.perform(get("/api/v1/observations/" + observationId + "/media/" + hash + "/thumbnail")
                        .header("Authorization", "Bearer " + lawyer))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"))
                .andReturn().getResponse();
        var previewHash = preview.getHeader("ETag").replace("\"", "");
        assertThat(previewHash).isEqualTo(sha256(preview.getContentAsByteArray())).isNotEqualTo(hash);
        http.perform(get("/api/v1/observations/" + observationId + "/media").header("Authorization", "Bearer " + lawyer))
                .andExpect(jsonPath("$[0].thumbnailSha256").value(previewHash));

        var sound = SampleFiles.WAV;
        upload(monitor, sha256(sound), sound, "audio/wav").andExpect(status().is2xxSuccessful());
        http.perform(get("/api/v1/observations/" + observationId + "/media/" + sha256(sound) + "/thumbnail")
                        .header("Authorization", "Bearer " + lawyer).header("Accept-Language", "ru"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("observation.media.no-thumbnail"));
    }

    @Test
    void a_hash_mismatch_a_short_body_a_wrong_type_and_a_stranger_get_problem_details_and_nothing_is_kept()
            throws Exception {
        var photo = uniquePng();
        var other = sha256(uniquePng());

        upload(monitor, other, photo, "image/png").andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("evidence.hash-mismatch"))
                .andExpect(jsonPath("$.title").value("Content does not match"));
        http.perform(put("/api/v1/observations/" + observationId + "/media/" + sha256(photo))
                        .header("Authorization", "Bearer " + monitor).header("Accept-Language", "kk")
                        .header("Content-Length", photo.length + 100).contentType("image/png").content(photo))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("evidence.length-mismatch"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(String.valueOf(photo.length))));
        upload(monitor, sha256(SampleFiles.PDF), SampleFiles.PDF, "image/png")
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("evidence.type-not-allowed"));
        upload(monitor, "not-a-hash", photo, "image/png").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("evidence.hash-invalid"));
        http.perform(put("/api/v1/observations/" + observationId + "/media/" + sha256(photo))
                        .header("Authorization", "Bearer " + monitor)
                        .header("Content-Length", 600L * 1024 * 1024).contentType("video/mp4").content(photo))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("evidence.too-large"));
        upload(lawyer, sha256(photo), photo, "image/png").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("observation.media.not-allowed"));
        var stranger = ApiTokens.issue(http, accounts.create(GlobalRole.MONITOR));
        upload(stranger, sha256(photo), photo, "image/png").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("observation.not-found"));
        http.perform(get("/api/v1/observations/" + observationId + "/media").header("Authorization", "Bearer " + stranger))
                .andExpect(status().isNotFound());

        assertThat(blobs.contains(sha256(photo))).isFalse();
        http.perform(get("/api/v1/observations/" + observationId + "/media").header("Authorization", "Bearer " + monitor))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void a_file_sent_as_a_form_by_mistake_is_still_streamed_raw() throws Exception {
        var photo = uniquePng();
        upload(monitor, sha256(photo), photo, MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                .andExpect(status().isCreated());
        http.perform(put("/api/v1/observations/" + observationId + "/media/" + sha256(SampleFiles.WAV) + "?name=voice.wav")
                        .header("Authorization", "Bearer " + monitor).contentType("audio/wav").content(SampleFiles.WAV))
                .andExpect(status().is2xxSuccessful())
                .andExpect(jsonPath("$.name").value("voice.wav"));
    }
}
