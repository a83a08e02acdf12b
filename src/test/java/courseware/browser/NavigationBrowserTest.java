package courseware.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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

    /** Polls (scripts load search lazily) instead of sleeping a fixed time. */
    static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (Boolean.TRUE.equals(condition.get())) return;
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting until " + what);
    }

    @Test
    void slashFocusesSearchAndAKeyTermLeadsToItsSection() throws InterruptedException {
        browser.open(url("index.html"));
        browser.driver().findElement(By.tagName("body")).sendKeys("/");
        WebElement input = browser.driver().findElement(By.id("search-input"));
        assertEquals(input, browser.driver().switchTo().activeElement(), "'/' focuses the search box");
        input.sendKeys("strict saddle");
        await("results appear", () -> !browser.driver().findElements(By.cssSelector("#search-results a")).isEmpty());
        WebElement first = browser.driver().findElements(By.cssSelector("#search-results a")).get(0);
        String text = first.getText();
        assertTrue(text.contains("Stochastic and non-convex optimization"), "the result names its lesson: " + text);
        input.sendKeys(Keys.ENTER);
        await("the lesson opens", () -> browser.driver().getCurrentUrl().contains("lessons/14-10.html#"));
        String anchor = browser.driver().getCurrentUrl().replaceFirst(".*#", "");
        assertFalse(browser.driver().findElements(By.id(anchor)).isEmpty(), "the section #" + anchor + " is on the page");
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
