package org.assemblyportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assemblyportal.e2e.pages.AuthoritySection;
import org.assemblyportal.e2e.pages.LoginPage;
import org.assemblyportal.e2e.support.Accessibility;
import org.assemblyportal.e2e.support.HeadlessChrome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The lawyer's path on the Almaty case of 2022: the march application registered on Monday 7 February,
 * the akimat's refusal of 17 February citing repair works on the route. The lawyer logs it, sees it
 * flagged as late and as a refusal without an alternative, records the works claim on both route
 * segments and downloads the appeal pack.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "e2e", "demo"})
class AuthorityResponseJourneyIT {

    static final String REASON = "Отказать в согласовании шествия в связи с проведением ремонтно-монтажных работ "
            + "на улицах по маршруту.";

    @LocalServerPort
    int port;
    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_lawyer_logs_the_late_refusal_records_the_works_claim_and_downloads_the_appeal_pack() {
        var baseUrl = "http://localhost:" + port;
        browser = HeadlessChrome.start("en-US,en");
        var casePage = LoginPage.open(browser, baseUrl).signIn("lawyer", "lawyer-demo").openCase(DemoData.ALMATY_TITLE);
        var authority = AuthoritySection.of(casePage);

        authority.logResponse("2022-02-17T16:30", "2022-02-17", "By courier", "Refused",
                "Another event is planned at the same place", REASON);

        // Registered Monday 7 February; 7 working days counted from the next day end on Wednesday 16 February.
        // Works on the route are a ground of the law (Art. 14(1)(10)); the duty to offer another place or time
        // first dates from the Constitutional Court's resolution of 20 January 2025, so 2022 raises no such finding.
        assertThat(authority.findingKinds()).containsExactly("ANSWER_LATE");
        assertThat(authority.findingsText()).contains("16 February 2022");

        authority.recordClaim("Construction or repair works", List.of("Segment 1", "Segment 2"),
                "ремонтно-монтажных работ на улицах по маршруту");
        assertThat(authority.claims()).containsExactly("CONSTRUCTION_WORKS:1,2");
        assertThat(Accessibility.violations(browser)).isEmpty();

        var pack = authority.appealPack();
        assertThat(new String(pack, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // Line breaks go; so does one inside a date broken after its hyphen.
        var text = pdfText(pack).replaceAll("(?<=\\d-)\\s+(?=\\d)", "").replaceAll("\\s+", " ");
        assertThat(text).contains("Shokan Valikhanov square – Shevchenko street", "Shevchenko street – Mahatma Gandhi park",
                "ремонтно-монтажных работ на улицах по маршруту", "2022 жылғы 16 ақпан", "17 ақпан", "16:30");
    }

    private static String pdfText(byte[] pdf) {
        try (var document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            var text = new StringBuilder();
            for (var page = 1; page <= document.getNumberOfPages(); page++) {
                text.append(PdfTextExtractor.getTextFromPage(document.getPage(page))).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
