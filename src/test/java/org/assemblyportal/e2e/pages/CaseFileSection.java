package org.assemblyportal.e2e.pages;

import java.time.Duration;
import java.util.List;
import org.assemblyportal.e2e.support.VaadinWait;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The lawyer's "Case file" section at the bottom of the case page (CaseFilePanel): the ledger check,
 * the exports with their progress, and the finished exports' download links. The section lies below
 * the fold of the page's scroll container, so every gesture scrolls its element into view first.
 */
public class CaseFileSection extends Page {

    private static final By SECTION = By.id("case-file");
    private static final By VERIFY = By.id("ledger-verify");
    private static final By VERIFY_RESULT = By.id("ledger-verify-result");
    private static final By START = By.id("export-start");
    private static final By START_REDACTED = By.id("export-start-redacted");
    private static final By PROGRESS_TEXT = By.id("export-progress-text");
    private static final By LATEST_DOWNLOAD = By.id("export-download-0");
    /** The demo case exports in a second or two; a loaded CI machine gets a generous margin. */
    private static final Duration EXPORT_TIMEOUT = Duration.ofSeconds(90);

    /**
     * Records, from before the click on, whether the progress bar was ever displayed and every text the
     * progress line showed: a fast export may be finished before a test gets to look.
     */
    private static final String WATCH_PROGRESS = """
            const seen = {shown: false, texts: []};
            window.__portalExportProgress = seen;
            const look = () => {
              const bar = document.getElementById('export-progress');
              if (bar && bar.checkVisibility()) { seen.shown = true; }
              const line = document.getElementById('export-progress-text');
              const text = line && line.checkVisibility() ? line.textContent.trim() : '';
              if (text && seen.texts[seen.texts.length - 1] !== text) { seen.texts.push(text); }
            };
            new MutationObserver(look).observe(document.body,
                {subtree: true, childList: true, attributes: true, characterData: true});
            look();""";

    CaseFileSection(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    /** The section of an open case page, scrolled into view. */
    public static CaseFileSection of(CasePage page) {
        var section = new CaseFileSection(page.driver, page.baseUrl);
        section.scrollIntoView();
        return section;
    }

    /** Scrolls the section's top to the top of the view (for a screenshot or axe). */
    public CaseFileSection scrollIntoView() {
        var section = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(SECTION));
        js().executeScript("arguments[0].scrollIntoView({block: 'start'});", section);
        VaadinWait.visible(driver, SECTION);
        return this;
    }

    /** Clicks "Check the ledger now" and waits for its result. */
    public CaseFileSection checkLedger() {
        clickBelowTheFold(VERIFY);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ledger-verify-result .ledger-ok")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ledger-verify-result .ledger-broken"))));
        return this;
    }

    public boolean ledgerHolds() {
        return !driver.findElements(By.cssSelector("#ledger-verify-result .ledger-ok")).isEmpty()
                && driver.findElements(By.cssSelector("#ledger-verify-result .ledger-broken")).isEmpty();
    }

    public String ledgerResult() {
        return visibleBelowTheFold(VERIFY_RESULT).getText();
    }

    /** Clicks "Export case file" (complete copy) while watching the progress line. */
    public CaseFileSection exportCaseFile() {
        return export(START);
    }

    /** Clicks "Export redacted copy" while watching the progress line. */
    public CaseFileSection exportRedactedCopy() {
        return export(START_REDACTED);
    }

    private CaseFileSection export(By button) {
        var target = scrolledTo(button);
        js().executeScript(WATCH_PROGRESS);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(target)).click();
        VaadinWait.untilIdle(driver);
        return this;
    }

    /** Whether the progress bar was displayed at any moment since the last export was started here. */
    public boolean progressWasShown() {
        return Boolean.TRUE.equals(js().executeScript("return window.__portalExportProgress.shown;"));
    }

    /** Every text the progress line showed since the last export was started here, in order. */
    @SuppressWarnings("unchecked")
    public List<String> progressTexts() {
        return (List<String>) js().executeScript("return window.__portalExportProgress.texts.slice();");
    }

    public String progressText() {
        return visibleBelowTheFold(PROGRESS_TEXT).getText();
    }

    /** Waits (polling is the panel's, every half second) until the latest export offers its download. */
    public CaseFileSection waitUntilDownloadable() {
        new WebDriverWait(driver, EXPORT_TIMEOUT).until(ExpectedConditions.presenceOfElementLocated(LATEST_DOWNLOAD));
        VaadinWait.untilIdle(driver);
        return this;
    }

    /** The latest export's link text: the file name and its size. */
    public String latestDownloadLabel() {
        return visibleBelowTheFold(LATEST_DOWNLOAD).getText();
    }

    /** The latest finished export's ZIP, fetched through its link with the browser's session. */
    public byte[] downloadLatest() {
        visibleBelowTheFold(LATEST_DOWNLOAD);
        return Downloads.fetch(driver, LATEST_DOWNLOAD);
    }

    private void clickBelowTheFold(By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(scrolledTo(locator))).click();
        VaadinWait.untilIdle(driver);
    }

    private WebElement visibleBelowTheFold(By locator) {
        scrolledTo(locator);
        return VaadinWait.visible(driver, locator);
    }

    private WebElement scrolledTo(By locator) {
        VaadinWait.untilIdle(driver);
        var element = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOf(element));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
