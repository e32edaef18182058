package org.assemblyportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.assemblyportal.e2e.pages.DeadlineCalculatorPage;
import org.assemblyportal.e2e.support.HeadlessChrome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An anonymous visitor whose browser speaks Russian checks the Almaty 2022 march: the akimat had
 * until 16 February to answer the application registered on 7 February. A Kazakh visitor types
 * dates the way Kazakhs write them and picks them from a calendar in Kazakh.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "e2e"})
class DeadlineCalculatorIT {

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
    void an_anonymous_visitor_computes_the_almaty_deadlines_in_russian() {
        browser = HeadlessChrome.start("ru-RU,ru");
        var calculator = DeadlineCalculatorPage.open(browser, "http://localhost:" + port);
        assertThat(calculator.heading()).isEqualTo("Калькулятор сроков");

        calculator.jurisdiction("KZ").form("Шествие").startsOn(LocalDate.of(2022, 3, 8))
                .registeredOn(LocalDate.of(2022, 2, 7)).calculate();

        assertThat(calculator.lastFilingDay()).contains("22 февр. 2022").contains("10 рабочих дней");
        assertThat(calculator.authorityDue()).contains("16 февр. 2022");
        assertThat(calculator.countedDaysShown()).isPositive();
    }

    @Test
    void a_kazakh_visitor_types_day_month_year_and_picks_from_a_kazakh_calendar() throws IOException {
        browser = HeadlessChrome.start("kk-KZ,kk");
        var calculator = DeadlineCalculatorPage.open(browser, "http://localhost:" + port);
        assertThat(calculator.heading()).isEqualTo("Мерзім есептегіші");

        calculator.jurisdiction("KZ").form("Шеру").typeStartDate("15.12.2026").typeRegisteredOn("1.12.26");
        assertThat(calculator.startDateShown()).isEqualTo("15.12.2026");
        assertThat(calculator.registeredOnShown()).isEqualTo("01.12.2026");
        assertThat(calculator.registeredOnError()).isEmpty();

        var calendar = calculator.openStartDateCalendar();
        assertThat(calendar.monthHeaders()).contains("Желтоқсан 2026");
        assertThat(calendar.weekdays()).startsWith("Дс", "Сс");
        shoot(browser, "deadlines-kk-calendar.png");
        calculator.closeCalendar().calculate();
        assertThat(browser.getCurrentUrl()).contains("start=2026-12-15T12").contains("registeredOn=2026-12-01");

        calculator.typeRegisteredOn("31.31.2026");
        assertThat(calculator.registeredOnError()).startsWith("Күн танылмады");
    }

    @Test
    void a_start_too_soon_gets_the_earliest_start_that_can_still_be_met_not_a_negative_count() {
        browser = HeadlessChrome.start("kk-KZ,kk");
        var calculator = DeadlineCalculatorPage.open(browser, "http://localhost:" + port);
        var inThreeDays = LocalDate.now(ZoneId.of("Asia/Almaty")).plusDays(3);

        calculator.jurisdiction("KZ").form("Шеру").typeStartDate(inThreeDays.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                .calculate();

        assertThat(calculator.tooLate()).contains("кеш:").contains("жылғы").doesNotContainPattern("-\\d");
    }

    @Test
    void a_march_in_a_year_without_its_decree_is_counted_and_marked_provisional() throws IOException {
        browser = HeadlessChrome.start("kk-KZ,kk");
        var calculator = DeadlineCalculatorPage.open(browser, "http://localhost:" + port);
        // Years after the last decreed one (2026) are counted from the holiday rules, not refused.
        var day = LocalDate.now(ZoneId.of("Asia/Almaty")).plusYears(1).withMonth(2).withDayOfMonth(15);

        calculator.jurisdiction("KZ").form("Шеру").typeStartDate(day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                .calculate();

        assertThat(calculator.provisional()).startsWith("Алдын ала").contains(String.valueOf(day.getYear()));
        assertThat(calculator.lastFilingDay()).isNotBlank();
        shoot(browser, "deadlines-kk-provisional.png");
    }

    private static void shoot(WebDriver browser, String name) throws IOException {
        var folder = Files.createDirectories(Path.of("target", "e2e-screenshots"));
        Files.write(folder.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
