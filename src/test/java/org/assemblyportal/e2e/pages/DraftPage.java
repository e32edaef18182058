package org.assemblyportal.e2e.pages;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.assemblyportal.e2e.support.VaadinWait;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The drafting wizard (DraftWizardView): steps, inputs by stable id, checks and review. */
public class DraftPage extends Page {

    DraftPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public static DraftPage open(WebDriver driver, String baseUrl, String casePath) {
        driver.get(baseUrl + casePath + "/draft");
        VaadinWait.untilIdle(driver);
        VaadinWait.visible(driver, By.id("draft-step-title"));
        return new DraftPage(driver, baseUrl);
    }

    public DraftPage goToStep(String field) {
        click(By.id("draft-step-" + field));
        return this;
    }

    public DraftPage next() {
        click(By.id("draft-next"));
        return this;
    }

    public DraftPage chooseForm(String label) {
        VaadinWait.visible(driver, By.id("draft-form"));
        driver.findElement(By.xpath("//*[@id='draft-form']/vaadin-radio-button[starts-with(normalize-space(.), '" + label + "')]"))
                .findElement(By.tagName("label")).click();
        VaadinWait.untilIdle(driver);
        return this;
    }

    public DraftPage purpose(String text) {
        type(By.cssSelector("#draft-purpose textarea"), text);
        return this;
    }

    public DraftPage organizer(int index, String name, String idNumber, String address) {
        type(By.cssSelector("#draft-organizer-" + index + "-name input"), name);
        if (idNumber != null) {
            type(By.cssSelector("#draft-organizer-" + index + "-id input"), idNumber);
        }
        type(By.cssSelector("#draft-organizer-" + index + "-address input"), address);
        VaadinWait.untilIdle(driver);
        return this;
    }

    /** The message next to an ID number the portal flags as it is typed. */
    public String idNumberError(int index) {
        var field = VaadinWait.visible(driver, By.id("draft-organizer-" + index + "-id"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "true".equals(field.getDomProperty("invalid")));
        return field.getDomProperty("errorMessage");
    }

    public DraftPage route(List<String> points) {
        for (var i = 0; i < points.size(); i++) {
            click(By.id("draft-waypoint-add"));
            type(By.cssSelector("#draft-waypoint-" + i + "-name input"), points.get(i));
            VaadinWait.untilIdle(driver);
        }
        return this;
    }

    public DraftPage place(String text) {
        type(By.cssSelector("#draft-place input"), text);
        return this;
    }

    public DraftPage times(LocalDateTime start, LocalDateTime end) {
        setPicker("draft-start", start);
        setPicker("draft-end", end);
        return this;
    }

    private void setPicker(String id, LocalDateTime value) {
        var picker = VaadinWait.visible(driver, By.id(id));
        // The picker reports its value to the server on its "change" event, as after a user's pick.
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                picker, value.toString());
        VaadinWait.untilIdle(driver);
    }

    /**
     * Types the date and time of the start and end as a person would: the date in the field's own
     * format (dd.MM.yyyy in Kazakh and Russian), each part confirmed with Enter.
     */
    public DraftPage typeTimes(String startDate, String startTime, String endDate, String endTime) {
        typeDateTime("draft-start", startDate, startTime);
        typeDateTime("draft-end", endDate, endTime);
        return this;
    }

    private void typeDateTime(String id, String date, String time) {
        var picker = VaadinWait.visible(driver, By.id(id));
        var inputs = picker.findElements(By.cssSelector("input"));
        for (var part : List.of(date, time)) {
            var input = inputs.get(part == date ? 0 : 1);
            input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                    org.openqa.selenium.Keys.BACK_SPACE);
            input.sendKeys(part, org.openqa.selenium.Keys.ENTER);
            VaadinWait.untilIdle(driver);
        }
        input(picker).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        VaadinWait.untilIdle(driver);
    }

    private static WebElement input(WebElement picker) {
        return picker.findElements(By.cssSelector("input")).get(1);
    }

    /** Closes any open pop-up (a calendar, a list) by clicking the step's title, as a person clicks away. */
    public DraftPage closeOverlays() {
        VaadinWait.visible(driver, By.id("draft-step-title")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.querySelectorAll('[opened]:is(vaadin-date-picker-overlay, vaadin-time-picker-overlay,"
                        + " vaadin-combo-box-overlay, vaadin-select-overlay)').length === 0"));
        VaadinWait.untilIdle(driver);
        return this;
    }

    public WebDriver browser() {
        return driver;
    }

    /** What the date part of a date-time picker shows. */
    public String dateShown(String id) {
        return VaadinWait.visible(driver, By.id(id)).findElements(By.cssSelector("input")).get(0).getDomProperty("value");
    }

    /** Puts a designated route's points into the route with its "use this route" button. */
    public DraftPage useDesignatedRoute(String code) {
        click(By.id("draft-route-use-" + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        return this;
    }

    /** The addressee the place step shows (chosen from the place, or by the organizer). */
    public String addressee() {
        var field = VaadinWait.visible(driver, By.id("draft-addressee"));
        return field.findElement(By.cssSelector("input")).getDomProperty("value");
    }

    public DraftPage participants(int count) {
        type(By.cssSelector("#draft-participants input"), Integer.toString(count));
        return this;
    }

    public DraftPage contacts(String text) {
        type(By.cssSelector("#draft-contacts input"), text);
        return this;
    }

    /** The review step: each part's summary by its field name. */
    public String reviewed(String field) {
        goToStep("review");
        return VaadinWait.visible(driver, By.cssSelector("#draft-review [data-field='" + field + "']")).getText();
    }

    public boolean isComplete() {
        VaadinWait.untilIdle(driver);
        return "true".equals(VaadinWait.visible(driver, By.id("draft-complete")).getAttribute("data-complete"));
    }

    /** The findings of the checks panel that block filing, as FIELD:code, e.g. PURPOSE:draft.missing. */
    public List<String> problems() {
        VaadinWait.untilIdle(driver);
        return driver.findElements(By.cssSelector("#draft-checks .draft-problem:not([data-severity='WARNING'])")).stream()
                .map(e -> e.getAttribute("data-field") + ":" + e.getAttribute("data-code")).toList();
    }

    /** The warnings of the checks panel, which do not block filing, as FIELD:code. */
    public List<String> warnings() {
        VaadinWait.untilIdle(driver);
        return driver.findElements(By.cssSelector("#draft-checks .draft-problem[data-severity='WARNING']")).stream()
                .map(e -> e.getAttribute("data-field") + ":" + e.getAttribute("data-code")).toList();
    }

    public String saveStatus() {
        return VaadinWait.visible(driver, By.id("draft-save-status")).getText();
    }

    /**
     * Debounced inputs reach the server before the next event that has a server listener (Flow
     * flushes them); clicking the current step is such an event.
     */
    public DraftPage settle() {
        click(By.cssSelector(".draft-step-link.current"));
        return this;
    }

    /**
     * Fetches the application PDF through the page's own download link, in the browser's session,
     * as the download button would.
     */
    public byte[] downloadPdf() {
        goToStep("review");
        return Downloads.fetch(driver, By.id("application-pdf"));
    }

    /** The application PDF in the language the list names so ("Қазақ тілі", "Русский"), chosen as a person would. */
    public byte[] downloadPdf(String languageShown) {
        goToStep("review");
        var select = VaadinWait.visible(driver, By.id("application-pdf-language"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", select);
        select.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(By.xpath(
                "//vaadin-select-item[not(starts-with(@id, 'value-')) and normalize-space(.)='" + languageShown + "']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)).click();
        VaadinWait.untilIdle(driver);
        return Downloads.fetch(driver, By.id("application-pdf"));
    }

    /** Records the filing from the review step; the portal then shows the case page. */
    public CasePage recordFiling(String channel, String registrationNumber, java.nio.file.Path proof) {
        goToStep("review");
        click(By.id("draft-record-filing"));
        FilingForm.fill(driver, channel, registrationNumber, proof);
        VaadinWait.visible(driver, By.id("case-stage"));
        return new CasePage(driver, baseUrl);
    }

    public String currentStepTitle() {
        WebElement title = VaadinWait.visible(driver, By.id("draft-step-title"));
        return title.getText();
    }
}
