package courseware.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The reading aids in Chromium, from file://: search, the remembered theme, and print with every solution. */
class NavigationBrowserTest {
    static Path site;
    static Browser browser;

    @BeforeAll
    static void start() {
        Browser.assumeAvailable();
        site = TestSites.realSite();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    static String url(String page) { return site.resolve(page).toUri().toString(); }

    @Test
    void slashFocusesSearchAndAKeyTermLeadsToItsSection() throws InterruptedException {
        browser.open(url("index.html"));
        browser.driver().findElement(By.tagName("body")).sendKeys("/");
        WebElement input = browser.driver().findElement(By.id("search-input"));
        assertEquals(input, browser.driver().switchTo().activeElement(), "'/' focuses the search box");
        input.sendKeys("strict saddle");
        browser.await("results appear", () -> !browser.driver().findElements(By.cssSelector("#search-results a")).isEmpty());
        WebElement first = browser.driver().findElements(By.cssSelector("#search-results a")).get(0);
        String text = first.getText();
        assertTrue(text.contains("Stochastic and non-convex optimization"), "the result names its lesson: " + text);
        input.sendKeys(Keys.ENTER);
        browser.await("the lesson opens", () -> browser.driver().getCurrentUrl().contains("lessons/14-10.html#"));
        String anchor = browser.driver().getCurrentUrl().replaceFirst(".*#", "");
        assertFalse(browser.driver().findElements(By.id(anchor)).isEmpty(), "the section #" + anchor + " is on the page");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aDisplayEquationThatScrollsIsATabStopAndOneThatFitsIsNot() throws InterruptedException {
        browser.width(390); // a phone: some of 14-03's equations are wider than its column
        try {
            equationsThatScrollAreTabStops();
        } finally {
            browser.width(1280);
        }
    }

    private void equationsThatScrollAreTabStops() throws InterruptedException {
        browser.open(url("lessons/14-03.html"));
        String count = "return Array.prototype.filter.call(document.querySelectorAll('.katex-display'), function (m) {"
                + " return (m.scrollWidth > m.clientWidth + 1) === (m.getAttribute('tabindex') === '0'); }).length"
                + " + '/' + document.querySelectorAll('.katex-display').length;";
        browser.await("every display equation is a tab stop exactly when it scrolls", () -> {
            String[] r = ((String) browser.js(count)).split("/");
            return r[0].equals(r[1]);
        });
        Long scrolling = (Long) browser.js("return document.querySelectorAll('.katex-display[tabindex=\"0\"]').length;");
        Long all = (Long) browser.js("return document.querySelectorAll('.katex-display').length;");
        assertTrue(scrolling > 0 && all > scrolling, "on a phone some equations scroll, most fit: " + scrolling + " of " + all);
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theIndexMadeAtBuildTimeFindsAPrefixAndATypo() throws InterruptedException {
        browser.open(url("lessons/14-03.html"));
        WebElement input = browser.driver().findElement(By.id("search-input"));
        for (String query : List.of("nesterov", "nester", "nesterv")) { // whole word, prefix, one letter dropped
            input.clear();
            input.sendKeys(query);
            browser.await("results for " + query, () -> browser.driver().findElements(By.cssSelector("#search-results a")).stream()
                    .anyMatch(a -> a.getText().contains("Nesterov")));
        }
        assertEquals(2L, (Long) browser.js("return window.CW_SEARCH.index.serializationVersion;"),
                "the page loaded MiniSearch's serialized index");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theThemeToggleOverridesTheSystemAndIsRemembered() {
        browser.colorScheme("light");
        browser.open(url("lessons/14-08.html"));
        String light = browser.js("return getComputedStyle(document.body).backgroundColor;");
        browser.driver().findElement(By.id("theme-toggle")).click();
        String dark = browser.js("return getComputedStyle(document.body).backgroundColor;");
        assertFalse(light.equals(dark), "the page turned dark: " + light + " then " + dark);
        browser.open(url("lessons/14-07.html"));
        assertEquals(dark, browser.js("return getComputedStyle(document.body).backgroundColor;"), "remembered on the next page");
        browser.driver().findElement(By.id("theme-toggle")).click();
        assertEquals(light, browser.js("return getComputedStyle(document.body).backgroundColor;"), "and toggled back");
    }

    /** Rendered and visible as the page lays it out now (Selenium's isDisplayed treats closed details as hidden whatever CSS says). */
    static boolean visible(String css) {
        return browser.js("const e = document.querySelector(arguments[0]); const r = e.getBoundingClientRect();"
                + " return e.checkVisibility() && r.width > 0 && r.height > 0;", css);
    }

    @Test
    void printShowsEverySolutionAndAnswerAndNoNavigation() {
        browser.open(url("lessons/14-08.html"));
        String solution = "#example-1 details.solution h4";
        assertFalse(visible(solution), "on screen a worked solution waits behind 'Show solution'");
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertTrue(visible(solution), "printed, the solution shows, without any script opening it");
            assertTrue(visible("#problem-1 details.solution h4"), "and a practice problem's solution too");
            assertFalse(visible("#sidebar"), "no sidebar on paper");
            assertFalse(visible("#site-search"), "no search on paper");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
