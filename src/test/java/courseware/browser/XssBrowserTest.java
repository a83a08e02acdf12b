package courseware.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;

/**
 * A site built from hostile but accepted content (markup in titles, headings, quiz text, feedback,
 * key terms, course.yml names and link titles): in Chromium, no payload runs. Every payload sets
 * window.__xss or calls alert; the test loads each page, interacts with the quiz, and checks both.
 */
class XssBrowserTest {
    @Test
    void nothingFromTheContentExecutes() throws Exception {
        Browser.assumeAvailable();
        Path site = TestSites.build(Path.of("src/test/resources/fixtures/xss"), "xss");
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertEquals(3, pages.size(), "index, glossary and the lesson");
        List<String> ran = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            for (Path page : pages) {
                browser.open(page.toUri().toString());
                if (page.endsWith("01-01.html")) {
                    assertTrue(browser.driver().getPageSource().contains("onerror"), "the payloads are on the page, as text");
                    browser.js("document.querySelectorAll('details').forEach(d => d.open = true); return null;"); // every toggle open
                    browser.driver().findElement(By.cssSelector("label[for=q1-a]")).click();
                    browser.driver().findElement(By.cssSelector("#q1 .quiz-check")).click();
                    browser.driver().findElement(By.id("q2-input")).sendKeys("<img src=x onerror=window.__xss=8>", Keys.ENTER);
                }
                Thread.sleep(300); // let any onerror/onload fire
                Object sentinel = browser.js("return window.__xss === undefined ? null : String(window.__xss);");
                if (sentinel != null) ran.add(site.relativize(page) + ": window.__xss = " + sentinel);
                try {
                    ran.add(site.relativize(page) + ": alert " + browser.driver().switchTo().alert().getText());
                } catch (NoAlertPresentException expected) {
                    // nothing ran
                }
                long injected = browser.js("return document.querySelectorAll('main img, main script:not([src]), main svg:not(.katex *):not(#prerequisites svg):not(.fig-svg), main iframe, main style').length;");
                if (injected > 0) ran.add(site.relativize(page) + ": " + injected + " injected elements");
            }
            // The sentinel does catch a payload that runs (so a pass above means something).
            browser.js("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=x onerror=\"window.__xss = 9\">');");
            Thread.sleep(300);
            assertEquals("9", browser.js("return String(window.__xss);"));
        }
        assertEquals(List.of(), ran);
    }
}
