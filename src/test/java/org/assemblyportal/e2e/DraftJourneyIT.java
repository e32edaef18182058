package org.assemblyportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.e2e.pages.DraftPage;
import org.assemblyportal.e2e.pages.LoginPage;
import org.assemblyportal.e2e.pages.SignUpPage;
import org.assemblyportal.e2e.support.Accessibility;
import org.assemblyportal.e2e.support.HeadlessChrome;
import org.assemblyportal.evidence.SampleFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The organizer's path: draft, check, print, file. A Kazakh march application survives a closed
 * browser, is completed, printed in Kazakh and Russian and filed with a photo of the stamped copy;
 * an English procession notice for England and Wales goes the same way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "e2e"})
class DraftJourneyIT {

    @LocalServerPort
    int port;
    @TempDir
    Path folder;
    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    @Test
    void a_kazakh_march_application_survives_a_closed_browser_is_printed_in_kk_and_ru_and_filed() throws IOException {
        var user = "aigerim-" + UUID.randomUUID().toString().substring(0, 8);
        var marchDay = LocalDate.now().plusDays(60);
        browser = HeadlessChrome.start("en-US,en");
        var casePath = SignUpPage.open(browser, baseUrl()).signUp(user, "Aigerim Serikova", "a long passphrase")
                .signIn(user, "a long passphrase")
                .createCase("Women's Day march " + user, "KZ", marchDay).path();

        var draft = DraftPage.open(browser, baseUrl(), casePath).chooseForm("March").next()
                .purpose("Equal pay for women <script>alert(1)</script>").next()
                .organizer(0, "Aigerim Serikova", "900101300018", "Almaty, Abay avenue 1");
        assertThat(draft.idNumberError(0)).contains("900101300018");
        assertThat(Accessibility.violations(browser)).isEmpty();
        draft.organizer(0, "Aigerim Serikova", "900101300017", "Almaty, Abay avenue 1")
                .goToStep("PLACE_OR_ROUTE").place("Gates of Central Park").route(List.of("Central Park", "Abay Square")).settle();
        assertThat(draft.problems()).contains("START_AND_END:draft.missing", "PARTICIPANTS:draft.missing")
                .doesNotContain("ORGANIZER:draft.id-invalid", "PLACE_OR_ROUTE:draft.missing");
        // Almaty has designated places: a route elsewhere is a warning, not a reason to refuse filing.
        assertThat(draft.warnings()).contains("PLACE_OR_ROUTE:draft.not-designated");

        browser.quit();
        browser = HeadlessChrome.start("en-US,en");
        LoginPage.open(browser, baseUrl()).signIn(user, "a long passphrase");
        draft = DraftPage.open(browser, baseUrl(), casePath);

        assertThat(draft.reviewed("FORM")).isEqualTo("March");
        assertThat(draft.reviewed("PURPOSE")).isEqualTo("Equal pay for women <script>alert(1)</script>");
        assertThat(draft.reviewed("ORGANIZER")).contains("Aigerim Serikova", "900101300017");
        // A place typed freely into the list of designated places is kept.
        assertThat(draft.reviewed("PLACE_OR_ROUTE")).isEqualTo("Gates of Central Park → Central Park → Abay Square");
        assertThat(draft.isComplete()).isFalse();

        draft.goToStep("START_AND_END").times(marchDay.atTime(11, 0), marchDay.atTime(13, 0))
                .goToStep("PARTICIPANTS").participants(500)
                .goToStep("CONTACTS").contacts("+7 700 000 00 00").settle();
        assertThat(draft.problems()).isEmpty();
        assertThat(draft.isComplete()).isTrue();

        var pdf = text(draft.downloadPdf());
        assertThat(pdf).contains("Қаланың (ауданның) әкімдігі", "Акимат города (района)", "Aigerim Serikova",
                "900101300017", "Central Park", "Abay Square", "<script>alert(1)</script>");

        var casePage = draft.recordFiling("Handed in at the office", "3T-0207", photo());
        assertThat(casePage.stage()).isEqualTo("FILED");
        assertThat(casePage.proofs()).containsExactly("Stamped copy: stamped-copy.png");
        assertThat(Accessibility.violations(browser)).isEmpty();
        assertThat(casePage.authorityDeadline()).contains("The authority must answer by");
    }

    @Test
    void an_english_procession_notice_for_england_and_wales_is_drafted_printed_and_filed() throws IOException {
        var user = "ruth-" + UUID.randomUUID().toString().substring(0, 8);
        var day = LocalDate.now().plusDays(21);
        browser = HeadlessChrome.start("en-GB,en");
        var casePath = SignUpPage.open(browser, baseUrl()).signUp(user, "Ruth Hall", "a long passphrase")
                .signIn(user, "a long passphrase")
                .createCase("Walk for the climate " + user, "GB-ENG", day).path();

        var draft = DraftPage.open(browser, baseUrl(), casePath).chooseForm("Procession").next()
                .times(day.atTime(14, 0), day.atTime(16, 0)).next()
                .route(List.of("Hyde Park Corner", "Parliament Square")).next()
                .organizer(0, "Ruth Hall", null, "1 Example Street, London").settle();
        assertThat(draft.problems()).isEmpty();
        assertThat(draft.isComplete()).isTrue();

        var pdf = text(draft.downloadPdf());
        assertThat(pdf).contains("Ruth Hall", "Hyde Park Corner", "Parliament Square", "Public Order Act 1986");

        var casePage = draft.recordFiling("Registered post", "", photo());
        assertThat(casePage.stage()).isEqualTo("FILED");
        assertThat(casePage.proofs()).containsExactly("Postal receipt: stamped-copy.png");
    }

    @Test
    void a_kazakh_organizer_types_dates_drafts_an_almaty_march_in_a_provisional_year_and_prints_kk_and_ru()
            throws IOException {
        var user = "dana-" + UUID.randomUUID().toString().substring(0, 8);
        // 15 February of the next year far enough ahead; its transfers are not decreed yet (years after 2026).
        var today = LocalDate.now();
        var day = LocalDate.of(today.getYear(), 2, 15);
        if (day.isBefore(today.plusDays(30))) {
            day = day.plusYears(1);
        }
        var typed = String.format("%02d.%02d.%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
        browser = HeadlessChrome.start("kk-KZ,kk");
        var casePath = SignUpPage.open(browser, baseUrl()).signUp(user, "Дана Серікқызы", "a long passphrase")
                .signIn(user, "a long passphrase")
                .createCaseTyping("Наурыз шеруі " + user, "KZ", typed).path();

        var draft = DraftPage.open(browser, baseUrl(), casePath).chooseForm("Шеру").next()
                .purpose("Әйелдердің құқықтары мен қауіпсіздігі үшін").next()
                .organizer(0, "Дана Серікқызы", "900101300017", "Алматы қ., Абай даңғылы, 1")
                .goToStep("PLACE_OR_ROUTE").useDesignatedRoute("ZHAMBYL_STREET_ROUTE").settle();
        // The designated route is Almaty's: the akimat of the city is the addressee.
        assertThat(draft.addressee()).isEqualTo("Алматы қаласының әкімдігі");
        draft.goToStep("START_AND_END").typeTimes(typed, "11:00", day.getDayOfMonth() + "." + day.getMonthValue() + "."
                + String.valueOf(day.getYear()).substring(2), "13:00");
        assertThat(draft.dateShown("draft-start")).isEqualTo(typed);
        assertThat(draft.dateShown("draft-end")).isEqualTo(typed);
        draft.goToStep("PARTICIPANTS").participants(300).goToStep("CONTACTS").contacts("+7 700 000 00 00").settle();
        assertThat(draft.problems()).isEmpty();
        assertThat(draft.warnings()).contains("START_AND_END:deadline.provisional");
        assertThat(Accessibility.violations(draft.closeOverlays().browser())).isEmpty();

        var kazakhPdf = draft.downloadPdf("Қазақ тілі");
        var russianPdf = draft.downloadPdf("Русский");
        var kept = Files.createDirectories(Path.of("target", "e2e-downloads"));
        Files.write(kept.resolve("application-kk.pdf"), kazakhPdf);
        Files.write(kept.resolve("application-ru.pdf"), russianPdf);
        var kazakh = text(kazakhPdf);
        assertThat(kazakh).contains("«Қазақстан Республикасында бейбіт жиналыстарды ұйымдастыру және өткізу тәртібі туралы» "
                + "Қазақстан Республикасының 2020 жылғы 25 мамырдағы № 333-VI Заңы", "Алматы қаласының әкімдігі",
                "Дана Серікқызы", "Жамбыл көшесі");
        assertThat(org.assemblyportal.pdf.LatinScript.strayWords(kazakh, portalMarks(kazakh))).isEmpty();
        var russian = text(russianPdf);
        assertThat(russian).contains("Закон Республики Казахстан от 25 мая 2020 года № 333-VI «О порядке организации и "
                + "проведения мирных собраний в Республике Казахстан»", "Акимату города Алматы", "статья 12, пункт 1",
                "Жамбыл көшесі");
        assertThat(org.assemblyportal.pdf.LatinScript.strayWords(russian, portalMarks(russian))).isEmpty();
    }

    /** The portal's own marks in a footer: the case reference (AP-…) and the name of the hash, SHA-256. */
    private static List<String> portalMarks(String text) {
        var marks = new java.util.ArrayList<String>(List.of("SHA-256"));
        java.util.regex.Pattern.compile("AP-[0-9A-F]{8}").matcher(text).results().forEach(m -> marks.add(m.group()));
        return marks;
    }

    private Path photo() throws IOException {
        return Files.write(folder.resolve("stamped-copy.png"), SampleFiles.PNG);
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            var text = new StringBuilder();
            for (var page = 1; page <= document.getNumberOfPages(); page++) {
                text.append(PdfTextExtractor.getTextFromPage(document.getPage(page))).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        }
    }
}
