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
        assertEquals(2L, (Long) browser.js("return window.CW_SEARCH_HEAD.averageFieldLength.length > 0 ? 2 : 0;"),
                "the page loaded the head of the index");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aQueryLoadsOnlyItsShardsAndFindsWhatTheWholeIndexFinds() throws InterruptedException {
        browser.open(url("lessons/14-07.html"));
        WebElement input = browser.driver().findElement(By.id("search-input"));
        input.sendKeys("lipschitz");
        browser.await("results for lipschitz", () -> !browser.driver().findElements(By.cssSelector("#search-results a")).isEmpty());
        String loaded = "return Array.prototype.filter.call(document.querySelectorAll('script[src]'), function (s) {"
                + " return /search\\/t\\d+\\.js$/.test(s.src); }).map(function (s) { return s.src.replace(/.*\\//, ''); }).sort().join(' ');";
        String needed = "return CWSearch.termShards(CW_SEARCH_HEAD, 'lipschitz').map(function (k) { return 't' + k + '.js'; }).sort().join(' ');";
        String shards = browser.js(loaded);
        assertEquals((String) browser.js(needed), shards, "the page loaded the term shards the query needs, and no other");
        long all = (Long) browser.js("return CW_SEARCH_HEAD.shardStarts.length;");
        assertTrue(shards.split(" ").length * 4 < all, "a few of the " + all + " shards: " + shards);
        // Now every shard, as one whole index: the same sections, in the same order, as the page shows.
        browser.js("var s = CW_SEARCH_HEAD.shardStarts; window.allLoaded = 0; s.forEach(function (x, k) {"
                + " var e = document.createElement('script'); e.src = document.body.getAttribute('data-root') + 'search/t' + k + '.js';"
                + " e.onload = function () { window.allLoaded++; }; document.head.appendChild(e); });");
        browser.await("every shard loads", () -> (Long) browser.js("return window.allLoaded;") == all);
        String whole = browser.js("var h = CW_SEARCH_HEAD, all = h.shardStarts.map(function (x, k) { return k; });"
                + " var e = MiniSearch.loadJS(CWSearch.assemble(h, CW_SEARCH_PARTS, all), h.options);"
                + " return e.search('lipschitz').slice(0, 10).map(function (r) { return r.id; }).join(' ');");
        String shown = browser.js("return Array.prototype.map.call(document.querySelectorAll('#search-results a'), function (a) {"
                + " return a.getAttribute('href'); }).join(' ');");
        String wholeHrefs = browser.js("var ids = arguments[0].split(' ').map(Number); return ids.map(function (id) {"
                + " return document.body.getAttribute('data-root') + CW_SEARCH_PARTS['d' + Math.floor(id / CW_SEARCH_HEAD.docsPerShard)]"
                + "[id % CW_SEARCH_HEAD.docsPerShard][2]; }).join(' ');", whole);
        assertEquals(wholeHrefs, shown, "the sharded search shows what the whole index finds");
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
