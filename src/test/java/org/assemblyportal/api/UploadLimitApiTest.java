package org.assemblyportal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.assemblyportal.TestClock;
import org.assemblyportal.security.GlobalRole;
import org.assemblyportal.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * An upload over the servlet container's limits is refused by Tomcat before any controller runs:
 * the client still gets a translated problem (413), not an error page or a stack trace. Needs a
 * real server, since MockMvc does not enforce multipart limits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.servlet.multipart.max-file-size=1KB", "spring.servlet.multipart.max-request-size=2MB"})
@ActiveProfiles("test")
@Import({TestClock.class, TestAccounts.class})
class UploadLimitApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void a_file_over_the_limit_gets_a_translated_413_problem() throws Exception {
        var user = accounts.create(GlobalRole.ORGANIZER);
        var basic = Base64.getEncoder().encodeToString((user.username() + ":" + TestAccounts.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        var issued = client.send(HttpRequest.newBuilder(uri("/api/v1/tokens")).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"t\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String token = JsonPath.read(issued.body(), "$.token");

        var boundary = "b" + UUID.randomUUID();
        var body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"filing\"\r\nContent-Type: application/json\r\n\r\n"
                + "{\"channel\":\"IN_PERSON\",\"registeredAt\":\"" + TestClock.TODAY + "T10:00\",\"proofKinds\":[\"OTHER\"]}\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"proof\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-" + "x".repeat(4096) + "\r\n--" + boundary + "--\r\n";
        var response = client.send(HttpRequest.newBuilder(uri("/api/v1/cases/" + UUID.randomUUID() + "/filings"))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "kk")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat((String) JsonPath.read(response.body(), "$.code")).isEqualTo("upload.too-large");
        assertThat((String) JsonPath.read(response.body(), "$.detail"))
                .isEqualTo("Жүктеу тым үлкен: бір файлға ең көбі 0 МБ, барлығы 2 МБ.");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
