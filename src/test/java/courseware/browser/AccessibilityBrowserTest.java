package courseware.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** axe-core on every page of the real site, light and dark; screenshots for a person to look at. */
class AccessibilityBrowserTest {
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

    static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyPageHasNoAxeViolationLightOrDark() throws IOException {
        List<String> found = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            for (Path page : pages()) {
                browser.open(page.toUri().toString());
                browser.dropUnseenVariants(false);
                for (String v : browser.axeViolations()) found.add(site.relativize(page) + " (" + scheme + "): " + v);
            }
        }
        assertEquals(List.of(), found);
    }

    /** Printed, every toggle is open and figures take their print palette: the lessons stay clean. */
    @Test
    void lessonsHaveNoAxeViolationInPrint() throws IOException {
        List<String> found = new ArrayList<>();
        browser.colorScheme("light");
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            for (Path page : pages()) {
                if (!page.getParent().getFileName().toString().equals("lessons")) continue;
                browser.open(page.toUri().toString());
                browser.dropUnseenVariants(true);
                for (String v : browser.axeViolations()) found.add(site.relativize(page) + " (print): " + v);
            }
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void axeDoesReportAViolation() {
        browser.open(site.resolve("index.html").toUri().toString());
        browser.js("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"x.png\">');");
        assertTrue(browser.axeViolations().stream().anyMatch(v -> v.startsWith("image-alt")), "axe runs and reports");
    }

    @Test
    void nothingOverflowsANarrowScreen() {
        List<String> wide = new ArrayList<>();
        for (int width : new int[] {320, 390}) {
            browser.width(width);
            for (String id : lessonIds()) {
                browser.open(site.resolve("lessons/" + id + ".html").toUri().toString());
                // The settled layout: after web fonts (KaTeX's) and two frames, not whatever the load event left.
                String scroll = String.valueOf(browser.driver().executeAsyncScript("const done = arguments[0];"
                        + " document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => {"
                        + "   const w = document.documentElement.clientWidth, out = [];"
                        + "   for (const e of document.querySelectorAll('main *')) {"
                        + "     const r = e.getBoundingClientRect();"
                        + "     let p = e.parentElement, clipped = false;"
                        + "     while (p && !clipped) { clipped = getComputedStyle(p).overflowX !== 'visible'; p = p.parentElement; }"
                        + "     if (!clipped && r.right > w + 1 && r.width > 0 && out.length < 3) out.push(e.tagName.toLowerCase() + '.' + e.className"
                        + "       + ' to ' + Math.round(r.right) + ' px: ' + e.textContent.trim().slice(0, 40));"
                        + "   }"
                        + "   done(document.documentElement.scrollWidth + ' ' + out.join('; '));"
                        + " })));"));
                int space = scroll.indexOf(' ');
                long scrollWidth = Long.parseLong(scroll.substring(0, space));
                if (scrollWidth > width) {
                    wide.add(id + " at " + width + " px is " + scrollWidth + " px wide; past the edge: " + scroll.substring(space + 1));
                }
            }
        }
        browser.width(1280);
        assertEquals(List.of(), wide);
    }

    /** Every lesson of the built site. */
    private static List<String> lessonIds() {
        try (var files = java.nio.file.Files.list(site.resolve("lessons"))) {
            List<String> ids = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
            assertTrue(ids.size() >= 7, "every lesson of content/: " + ids);
            return ids;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void screenshotsOfALessonLightAndDarkWideAndNarrow() throws InterruptedException {
        Path dir = Path.of(System.getProperty("courseware.testCache", "target/test-cache")).getParent().resolve("screenshots");
        for (String scheme : List.of("light", "dark")) {
            for (int width : new int[] {1280, 390}) {
                browser.colorScheme(scheme);
                browser.width(width);
                browser.open(site.resolve("lessons/14-10.html").toUri().toString());
                Path shot = dir.resolve("lesson-14-10-" + scheme + "-" + width + ".png");
                browser.screenshot(shot);
                assertTrue(Files.isRegularFile(shot));
                // Close-ups a person can read: an example's opened badge, and a question answered wrong.
                browser.js("const d = document.querySelector('#examples details.checks'); d.open = true;"
                        + " d.closest('article').querySelector('.answer').scrollIntoView();");
                browser.viewportScreenshot(dir.resolve("badge-" + scheme + "-" + width + ".png"));
                browser.js("document.querySelector('label[for=q1-b]').click(); document.querySelector('#q1 .quiz-check').click();"
                        + " document.querySelector('#q1').scrollIntoView();");
                browser.viewportScreenshot(dir.resolve("quiz-" + scheme + "-" + width + ".png"));
                browser.js("window.scrollTo(0, 0); const q = document.getElementById('search-input'); q.focus(); q.value = 'momentum';"
                        + " q.dispatchEvent(new Event('input'));");
                browser.await("search results", () -> !browser.driver().findElements(By.cssSelector("#search-results a")).isEmpty());
                browser.viewportScreenshot(dir.resolve("search-" + scheme + "-" + width + ".png"));
                browser.js("localStorage.clear();");
            }
        }
        browser.width(1280);
        browser.colorScheme("light");
    }
}
