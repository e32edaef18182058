package org.assemblyportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.authority.ClaimService;
import org.assemblyportal.authority.ClaimType;
import org.assemblyportal.authority.NewClaim;
import org.assemblyportal.authority.NewResponse;
import org.assemblyportal.authority.ResponseService;
import org.assemblyportal.e2e.pages.CasePage;
import org.assemblyportal.e2e.pages.LoginPage;
import org.assemblyportal.e2e.pages.MonitoringSection;
import org.assemblyportal.e2e.pages.ObservationForm;
import org.assemblyportal.e2e.support.Accessibility;
import org.assemblyportal.e2e.support.HeadlessChrome;
import org.assemblyportal.evidence.SampleFiles;
import org.assemblyportal.security.RunAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The monitor's path on a phone: on the demo Almaty march, the akimat's refusal says works block the
 * streets of the route today; a monitor walking segment 2 finds only fences, records it, corrects it and
 * sees both versions; the lawyer then finds the works claim contradicted where it was observed and not
 * covered elsewhere. The profile "journey-monitoring" gives this journey a database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "e2e", "demo", "journey-monitoring"})
class MonitorJourneyIT {

    static final String REASON = "Отказать: на улицах маршрута ведутся ремонтно-монтажные работы.";

    @LocalServerPort
    int port;
    @Autowired
    RunAs runAs;
    @Autowired
    CaseService cases;
    @Autowired
    ResponseService responses;
    @Autowired
    ClaimService claims;
    @Autowired
    Clock clock;
    @TempDir
    Path folder;
    WebDriver browser;
    String casePath;

    @BeforeEach
    void theAkimatClaimsWorksOnTheRouteAroundNow() {
        var almaty = ZoneId.of("Asia/Almaty");
        var now = LocalDateTime.now(clock.withZone(almaty)).truncatedTo(ChronoUnit.MINUTES);
        var caseId = new AtomicReference<java.util.UUID>();
        runAs.user("lawyer", () -> {
            var march = cases.myCases(PageRequest.of(0, 20)).stream()
                    .filter(c -> c.title().equals(DemoData.ALMATY_TITLE)).findFirst().orElseThrow();
            caseId.set(march.id());
            if (claims.claims(march.id()).isEmpty()) {
                var refusal = responses.record(march.id(), new NewResponse(null, LocalDateTime.of(2022, 2, 17, 16, 30),
                        null, "COURIER", null, null, "REFUSED", List.of(ResponseService.GROUND_NOT_IN_LAW), null, REASON),
                        List.of());
                claims.record(march.id(), new NewClaim(refusal.id(), ClaimType.CONSTRUCTION_WORKS, List.of(1, 2), false,
                        now.minusHours(2), now.plusHours(4), "на улицах маршрута ведутся ремонтно-монтажные работы"));
            }
        });
        casePath = "/cases/" + caseId.get();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_monitor_records_and_corrects_fences_on_segment_two_and_the_lawyer_sees_the_works_claim_contradicted_there()
            throws IOException {
        var baseUrl = "http://localhost:" + port;
        browser = HeadlessChrome.start("en-US,en");
        browser.manage().window().setSize(new Dimension(390, 844));
        LoginPage.open(browser, baseUrl).signIn("monitor", "monitor-demo");

        var photo = folder.resolve("fences.png");
        Files.write(photo, SampleFiles.PNG);
        var form = ObservationForm.open(browser, baseUrl, casePath)
                .category("Obstacles")
                .segment("Segment 2")
                .facts("Three metal fences on the pavement by the park gate. No workers, no machinery.")
                .obstacle("Fencing", "No", "No")
                .tests("Construction", "Contradicts", "High")
                .attach(photo)
                .save();
        assertThat(form.attachments()).contains("fences.png");
        assertThat(Accessibility.violations(browser)).isEmpty();

        var monitoring = MonitoringSection.of(CasePage.open(browser, baseUrl, casePath));
        assertThat(monitoring.observations()).containsExactly("OBSTACLES v1");
        assertThat(monitoring.media()).containsExactly("fences.png");
        monitoring.correctFirst()
                .facts("Four metal fences on the pavement by the park gate. No workers, no machinery, no excavation.")
                .save();
        monitoring = MonitoringSection.of(CasePage.open(browser, baseUrl, casePath));
        assertThat(monitoring.observations()).containsExactly("OBSTACLES v2");
        assertThat(monitoring.media()).as("the photo stays with the corrected version").containsExactly("fences.png");
        assertThat(monitoring.historyOfFirst()).contains("Three metal fences", "Four metal fences");
        browser.quit();

        browser = HeadlessChrome.start("en-US,en");
        LoginPage.open(browser, baseUrl).signIn("lawyer", "lawyer-demo");
        var tested = MonitoringSection.of(CasePage.open(browser, baseUrl, casePath)).claimTest();
        assertThat(tested).containsExactly("*:CONTRADICTED", "1:NOT_COVERED", "2:CONTRADICTED");
    }
}
