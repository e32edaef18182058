package org.assemblyportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.assemblyportal.e2e.pages.DeadlineCalculatorPage;
import org.assemblyportal.e2e.support.HeadlessChrome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An anonymous visitor whose browser speaks Russian checks the Almaty 2022 march: the akimat had
 * until 16 February to answer the application registered on 7 February.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "e2e"})
class DeadlineCalculatorIT {

    @LocalServerPort
    int port;
    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChrome.start("ru-RU,ru");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void an_anonymous_visitor_computes_the_almaty_deadlines_in_russian() {
        var calculator = DeadlineCalculatorPage.open(browser, "http://localhost:" + port);
        assertThat(calculator.heading()).isEqualTo("Калькулятор сроков");

        calculator.jurisdiction("KZ").form("Шествие").startsOn(LocalDate.of(2022, 3, 8))
                .registeredOn(LocalDate.of(2022, 2, 7)).calculate();

        assertThat(calculator.lastFilingDay()).contains("22 февр. 2022").contains("10 рабочих дней");
        assertThat(calculator.authorityDue()).contains("16 февр. 2022");
        assertThat(calculator.countedDaysShown()).isPositive();
    }
}
