package org.assemblyportal.e2e.pages;

import java.util.Base64;
import org.assemblyportal.e2e.support.VaadinWait;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** Reads what a download link serves, with the browser's own cookies, without a download folder. */
final class Downloads {

    private static final String FETCH = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {credentials: 'same-origin'})
              .then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))
              .then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); })
              .catch(e => done('error:' + e));
            """;

    private Downloads() {
    }

    static byte[] fetch(WebDriver driver, By link) {
        var href = VaadinWait.visible(driver, link).getDomProperty("href");
        var result = (String) ((JavascriptExecutor) driver).executeAsyncScript(FETCH, href);
        if (result.startsWith("error:")) {
            throw new AssertionError("Download failed: " + result);
        }
        return Base64.getDecoder().decode(result);
    }
}
