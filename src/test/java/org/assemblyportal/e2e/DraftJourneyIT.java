package org.assemblyportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.e2e.pages.DraftPage;
import org.assemblyportal.e2e.pages.LoginPage;
import org.assemblyportal.e2e.pages.SignUpPage;
import org.assemblyportal.e2e.support.HeadlessChrome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An organizer drafts a Kazakh march application, closes the browser half-way, signs in again
 * and finds everything, then completes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "e2e"})
class DraftJourneyIT {

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
    void a_march_application_survives_a_closed_browser_and_is_completed() {
        var baseUrl = "http://localhost:" + port;
        var user = "aigerim-" + UUID.randomUUID().toString().substring(0, 8);
        var marchDay = LocalDate.now().plusDays(60);
        browser = HeadlessChrome.start("en-US,en");
        var casePage = SignUpPage.open(browser, baseUrl).signUp(user, "Aigerim Serikova", "a long passphrase")
                .signIn(user, "a long passphrase")
                .createCase("Women's Day march " + user, "KZ", marchDay);
        var casePath = casePage.path();

        var draft = DraftPage.open(browser, baseUrl, casePath).chooseForm("March").next()
                .purpose("Equal pay for women <script>alert(1)</script>").next()
                .organizer(0, "Aigerim Serikova", "900101300018", "Almaty, Abay avenue 1");
        assertThat(draft.idNumberError(0)).contains("900101300018");
        draft.organizer(0, "Aigerim Serikova", "900101300017", "Almaty, Abay avenue 1")
                .goToStep("PLACE_OR_ROUTE").route(List.of("Central Park", "Abay Square")).settle();
        assertThat(draft.problems()).contains("START_AND_END:draft.missing", "PARTICIPANTS:draft.missing")
                .doesNotContain("ORGANIZER:draft.id-invalid", "PLACE_OR_ROUTE:draft.missing");

        browser.quit();
        browser = HeadlessChrome.start("en-US,en");
        LoginPage.open(browser, baseUrl).signIn(user, "a long passphrase");
        draft = DraftPage.open(browser, baseUrl, casePath);

        assertThat(draft.reviewed("FORM")).isEqualTo("March");
        assertThat(draft.reviewed("PURPOSE")).isEqualTo("Equal pay for women <script>alert(1)</script>");
        assertThat(draft.reviewed("ORGANIZER")).contains("Aigerim Serikova", "900101300017");
        assertThat(draft.reviewed("PLACE_OR_ROUTE")).isEqualTo("Central Park → Abay Square");
        assertThat(draft.isComplete()).isFalse();

        draft.goToStep("START_AND_END").times(marchDay.atTime(11, 0), marchDay.atTime(13, 0))
                .goToStep("PARTICIPANTS").participants(500)
                .goToStep("CONTACTS").contacts("+7 700 000 00 00").settle();

        assertThat(draft.problems()).isEmpty();
        assertThat(draft.isComplete()).isTrue();
    }
}
