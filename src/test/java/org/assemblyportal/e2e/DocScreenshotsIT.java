package org.assemblyportal.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assemblyportal.e2e.pages.AuthoritySection;
import org.assemblyportal.e2e.pages.CaseFileSection;
import org.assemblyportal.e2e.pages.CasesPage;
import org.assemblyportal.e2e.pages.DraftPage;
import org.assemblyportal.e2e.pages.LoginPage;
import org.assemblyportal.e2e.support.HeadlessChrome;
import org.assemblyportal.e2e.support.VaadinWait;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Makes the screenshots of the README and the user guide from the demo data, in all three
 * languages. Runs only on request:
 * {@code ./mvnw verify -Dit.test=DocScreenshotsIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dportal.screenshots=docs/images}
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "e2e", "demo"})
@EnabledIfSystemProperty(named = "portal.screenshots", matches = ".+")
class DocScreenshotsIT {

    @LocalServerPort
    int port;

    @Test
    void screenshots_of_the_main_pages_in_every_language() throws IOException {
        var folder = Path.of(System.getProperty("portal.screenshots"));
        Files.createDirectories(folder);
        var baseUrl = "http://localhost:" + port;
        String[][] languages = {{"en", "English"}, {"ru", "Русский"}, {"kk", "Қазақ тілі"}};
        for (var language : languages) {
            WebDriver browser = HeadlessChrome.start(language[0]);
            try {
                var login = LoginPage.open(browser, baseUrl);
                shoot(browser, folder.resolve("login-" + language[0] + ".png"));
                var cases = login.signIn("organizer", "organizer-demo");
                cases.switchLanguage(language[1]);
                cases = CasesPage.open(browser, baseUrl);
                cases.waitUntilListed(DemoData.ALMATY_TITLE);
                shoot(browser, folder.resolve("cases-" + language[0] + ".png"));
                cases.openCase(DemoData.ALMATY_TITLE).listsMember("monitor");
                shoot(browser, folder.resolve("case-" + language[0] + ".png"));
                if ("kk".equals(language[0])) {
                    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
                    shoot(browser, folder.resolve("case-phone-kk.png"));
                    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
                }
                var picketPath = CasesPage.open(browser, baseUrl).openCase(DemoData.PICKET_TITLE).path();
                var draft = DraftPage.open(browser, baseUrl, picketPath).goToStep("ORGANIZER");
                shoot(browser, folder.resolve("draft-" + language[0] + ".png"));
                draft.goToStep("review");
                shoot(browser, folder.resolve("draft-review-" + language[0] + ".png"));
                if ("kk".equals(language[0])) {
                    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
                    // On a phone the steps are a picker, not a side list: open the step by its address.
                    browser.get(baseUrl + picketPath + "/draft?step=PLACE_OR_ROUTE");
                    VaadinWait.visible(browser, By.id("draft-step-select"));
                    shoot(browser, folder.resolve("draft-phone-kk.png"));
                    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
                }
                browser.get(baseUrl + "/deadlines?jurisdiction=KZ&form=MARCH&start=2022-03-08T11:00&registeredOn=2022-02-07");
                VaadinWait.visible(browser, By.id("deadline-authority-due"));
                shoot(browser, folder.resolve("deadlines-" + language[0] + ".png"));
                if ("en".equals(language[0])) {
                    browser.get(baseUrl + "/rules/KZ");
                    VaadinWait.visible(browser, By.id("rules-forms"));
                    shoot(browser, folder.resolve("rules-kz-en.png"));
                }
            } finally {
                browser.quit();
            }
        }
    }

    @Test
    void screenshots_of_a_lawyer_working_on_the_almaty_refusal() throws IOException {
        var folder = Path.of(System.getProperty("portal.screenshots"));
        Files.createDirectories(folder);
        var baseUrl = "http://localhost:" + port;
        WebDriver browser = HeadlessChrome.start("en");
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1500));
            var casePage = LoginPage.open(browser, baseUrl).signIn("lawyer", "lawyer-demo").openCase(DemoData.ALMATY_TITLE);
            var casePath = casePage.path();
            AuthoritySection.of(casePage)
                    .logResponse("2022-02-17T16:30", "2022-02-17", "By courier", "Refused", "A reason the law does not list",
                            AuthorityResponseJourneyIT.REASON)
                    .recordClaim("Construction or repair works", java.util.List.of("Segment 1", "Segment 2"),
                            "ремонтно-монтажных работ на улицах по маршруту");
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "document.getElementById('case-responses').scrollIntoView({block: 'start'});");
            shoot(browser, folder.resolve("authority-en.png"));
            browser.get(baseUrl + casePath + "/timeline");
            VaadinWait.visible(browser, By.id("timeline-print"));
            shoot(browser, folder.resolve("timeline-en.png"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void screenshot_of_the_case_file_section_after_an_export() throws IOException {
        var folder = Path.of(System.getProperty("portal.screenshots"));
        Files.createDirectories(folder);
        var baseUrl = "http://localhost:" + port;
        WebDriver browser = HeadlessChrome.start("en");
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1100));
            var casePage = LoginPage.open(browser, baseUrl).signIn("lawyer", "lawyer-demo").openCase(DemoData.ALMATY_TITLE);
            var section = CaseFileSection.of(casePage).checkLedger();
            section.exportRedactedCopy().waitUntilDownloadable();
            section.exportCaseFile().waitUntilDownloadable();
            // Centred, so that the section's heading is clear of the top bar.
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "document.getElementById('case-file').scrollIntoView({block: 'center'});");
            shoot(browser, folder.resolve("case-file-en.png"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void screenshots_of_a_monitor_on_a_phone() throws IOException {
        var folder = Path.of(System.getProperty("portal.screenshots"));
        Files.createDirectories(folder);
        var baseUrl = "http://localhost:" + port;
        WebDriver browser = HeadlessChrome.start("en");
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            var casePath = LoginPage.open(browser, baseUrl).signIn("monitor", "monitor-demo")
                    .openCase(DemoData.ALMATY_TITLE).path();
            browser.get(baseUrl + "/tasks");
            VaadinWait.untilIdle(browser);
            shoot(browser, folder.resolve("tasks-phone-en.png"));
            browser.get(baseUrl + casePath + "/observe?segment=2");
            VaadinWait.visible(browser, By.id("observe-form"));
            shoot(browser, folder.resolve("observe-phone-en.png"));
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1300));
            browser.get(baseUrl + casePath);
            VaadinWait.visible(browser, By.id("case-route-map"));
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "document.getElementById('case-plan') ? document.getElementById('case-plan').scrollIntoView({block: 'start'})"
                            + " : document.getElementById('case-route-map').scrollIntoView({block: 'start'});");
            shoot(browser, folder.resolve("plan-en.png"));
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "document.getElementById('case-route-map').scrollIntoView({block: 'start'});");
            shoot(browser, folder.resolve("route-map-en.png"));
        } finally {
            browser.quit();
        }
    }

    private static void shoot(WebDriver browser, Path file) throws IOException {
        VaadinWait.untilIdle(browser);
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
