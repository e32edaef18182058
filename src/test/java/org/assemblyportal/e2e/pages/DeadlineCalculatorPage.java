package org.assemblyportal.e2e.pages;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.assemblyportal.e2e.support.VaadinWait;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The public deadline calculator (DeadlineCalculatorView). */
public class DeadlineCalculatorPage extends Page {

    DeadlineCalculatorPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
        VaadinWait.visible(driver, By.id("deadline-compute"));
    }

    public static DeadlineCalculatorPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/deadlines");
        return new DeadlineCalculatorPage(driver, baseUrl);
    }

    public DeadlineCalculatorPage jurisdiction(String code) {
        type(By.cssSelector("#deadline-jurisdiction input"), "(" + code + ")");
        wait(10).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-combo-box-item[contains(., '(" + code + ")')]"))).click();
        VaadinWait.untilIdle(driver);
        return this;
    }

    /** Picks the form of assembly by the name the page shows in the current language. */
    public DeadlineCalculatorPage form(String shownName) {
        VaadinWait.visible(driver, By.id("deadline-form")).click();
        wait(10).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-list-box/vaadin-select-item[normalize-space(.)='" + shownName + "']"))).click();
        VaadinWait.untilIdle(driver);
        return this;
    }

    public DeadlineCalculatorPage startsOn(LocalDate date) {
        return setDate("deadline-date", date);
    }

    public DeadlineCalculatorPage registeredOn(LocalDate date) {
        return setDate("deadline-registered", date);
    }

    public DeadlineCalculatorPage calculate() {
        driver.findElement(By.id("deadline-compute")).click();
        VaadinWait.untilUrlContains(driver, "jurisdiction=");
        VaadinWait.visible(driver, By.id("deadline-result"));
        return this;
    }

    /** Types into the start date field as a person would, then presses Enter. */
    public DeadlineCalculatorPage typeStartDate(String text) {
        return typeDate("deadline-date", text);
    }

    public DeadlineCalculatorPage typeRegisteredOn(String text) {
        return typeDate("deadline-registered", text);
    }

    /** What the start date field shows. */
    public String startDateShown() {
        return shown("deadline-date");
    }

    public String registeredOnShown() {
        return shown("deadline-registered");
    }

    /** The message under the registration date field, empty when it is valid. */
    public String registeredOnError() {
        var picker = VaadinWait.visible(driver, By.id("deadline-registered"));
        var message = ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].invalid ? (arguments[0].errorMessage || '') : '';", picker);
        return message == null ? "" : message.toString();
    }

    /** Opens the start date's calendar with its button; the month headings and weekday names it shows. */
    public Calendar openStartDateCalendar() {
        var picker = VaadinWait.visible(driver, By.id("deadline-date"));
        picker.getShadowRoot().findElement(By.cssSelector("[part~='toggle-button']")).click();
        wait(10).until(d -> !texts("month-header").isEmpty());
        return new Calendar(texts("month-header"), texts("weekday").stream().filter(t -> !t.isBlank()).toList());
    }

    public DeadlineCalculatorPage closeCalendar() {
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait(10).until(d -> texts("month-header").isEmpty());
        return this;
    }

    /** What the calendar pop-up shows: month headings (e.g. "Желтоқсан 2026") and weekday names from the first. */
    public record Calendar(List<String> monthHeaders, List<String> weekdays) {
    }

    /** The filing verdict when the start can no longer be met. */
    public String tooLate() {
        return VaadinWait.visible(driver, By.id("deadline-too-late")).getText();
    }

    /** The warning above a result counted in a year whose transfers are not decreed yet. */
    public String provisional() {
        return VaadinWait.visible(driver, By.id("deadline-provisional")).getText();
    }

    public String lastFilingDay() {
        return VaadinWait.visible(driver, By.id("deadline-last-day")).getText();
    }

    public String authorityDue() {
        return VaadinWait.visible(driver, By.id("deadline-authority-due")).getText();
    }

    public int countedDaysShown() {
        return driver.findElements(By.cssSelector("#deadline-authority-steps vaadin-grid-cell-content")).size();
    }

    private DeadlineCalculatorPage setDate(String id, LocalDate date) {
        var picker = VaadinWait.visible(driver, By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", picker, date.toString());
        VaadinWait.untilIdle(driver);
        return this;
    }

    private DeadlineCalculatorPage typeDate(String id, String text) {
        var input = VaadinWait.visible(driver, By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        // Typing opens the calendar, where Tab would move to; Enter takes the typed date (and, on this page, calculates).
        input.sendKeys(text, Keys.ENTER);
        VaadinWait.untilIdle(driver);
        return this;
    }

    private String shown(String id) {
        return VaadinWait.visible(driver, By.cssSelector("#" + id + " input")).getAttribute("value");
    }

    /** Texts of the visible elements with this part, looking into shadow roots too (the calendar lives in them). */
    @SuppressWarnings("unchecked")
    private List<String> texts(String part) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const found = [];
                const visit = root => root.querySelectorAll('*').forEach(e => {
                  if (e.part && e.part.contains(arguments[0]) && e.getClientRects().length > 0) {
                    found.push(e.textContent.trim());
                  }
                  if (e.shadowRoot) visit(e.shadowRoot);
                });
                visit(document);
                return found;""", part);
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }
}
