package org.assemblyportal.e2e.pages;

import org.assemblyportal.e2e.support.VaadinWait;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** One case (CaseView), or the not-found page that stands in for cases the user may not see. */
public class CasePage extends Page {

    CasePage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public static CasePage open(WebDriver driver, String baseUrl, String casePath) {
        driver.get(baseUrl + casePath);
        VaadinWait.untilIdle(driver);
        return new CasePage(driver, baseUrl);
    }

    public String title() {
        return VaadinWait.visible(driver, By.id("case-title")).getText();
    }

    public boolean listsMember(String username) {
        VaadinWait.visible(driver, By.id("case-members"));
        return !driver.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + username + "']")).isEmpty();
    }

    /** NOT_STARTED, DRAFTING, FILED or AMENDED. */
    public String stage() {
        return VaadinWait.visible(driver, By.id("case-stage")).getAttribute("data-stage");
    }

    /** The proof files listed under the filed versions, as "kind: file name". */
    public java.util.List<String> proofs() {
        VaadinWait.visible(driver, By.id("case-filings"));
        return driver.findElements(By.cssSelector("#case-filings .proof-link")).stream().map(e -> e.getText()).toList();
    }

    public String authorityDeadline() {
        return VaadinWait.visible(driver, By.id("case-deadlines")).getText();
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public boolean isNotFound() {
        VaadinWait.untilIdle(driver);
        return !driver.findElements(By.id("not-found")).isEmpty() && driver.findElements(By.id("case-title")).isEmpty();
    }
}
