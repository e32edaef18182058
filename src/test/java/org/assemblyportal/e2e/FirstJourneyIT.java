package org.assemblyportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.assemblyportal.e2e.pages.CasePage;
import org.assemblyportal.e2e.pages.CasesPage;
import org.assemblyportal.e2e.pages.SignUpPage;
import org.assemblyportal.e2e.support.HeadlessChrome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An organizer signs up, signs in, switches to Kazakh, opens a case and sees it; a second
 * organizer neither lists it nor can open it by its address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "e2e"})
class FirstJourneyIT {

    @LocalServerPort
    int port;
    WebDriver browser;
    String baseUrl;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChrome.start("en-US,en");
        baseUrl = "http://localhost:" + port;
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void an_organizer_opens_a_case_in_kazakh_that_another_organizer_cannot_see() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var title = "Бейбіт шеру " + suffix;

        var login = SignUpPage.open(browser, baseUrl).signUp("aigerim-" + suffix, "Aigerim", "a long passphrase");
        assertThat(login.showsSignedUpNotice()).isTrue();
        var cases = login.signIn("aigerim-" + suffix, "a long passphrase");
        assertThat(cases.heading()).isEqualTo("My cases");

        cases.switchLanguage("Қазақ тілі");
        cases = CasesPage.open(browser, baseUrl);
        assertThat(cases.heading()).isEqualTo("Менің істерім");

        var casePage = cases.createCase(title, "KZ", LocalDate.now().plusMonths(2));
        assertThat(casePage.title()).isEqualTo(title);
        var casePath = casePage.path();
        cases = CasesPage.open(browser, baseUrl);
        cases.waitUntilListed(title);
        assertThat(cases.heading()).isEqualTo("Менің істерім");

        browser.manage().deleteAllCookies();
        var other = SignUpPage.open(browser, baseUrl).signUp("daniyar-" + suffix, "Daniyar", "another passphrase")
                .signIn("daniyar-" + suffix, "another passphrase");
        assertThat(other.heading()).isEqualTo("My cases");
        assertThat(other.listsCase(title)).isFalse();
        assertThat(CasePage.open(browser, baseUrl, casePath).isNotFound()).isTrue();
    }
}
