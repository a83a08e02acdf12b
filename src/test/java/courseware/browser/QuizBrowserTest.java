package courseware.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The lesson quiz in Chromium: choice and numeric grading, retry, score, saved progress, no JS. */
class QuizBrowserTest {
    static Path site;
    static Browser browser;
    static SiteServer server;

    @BeforeAll
    static void start() {
        Browser.assumeAvailable();
        site = TestSites.realSite();
        browser = Browser.start();
        server = new SiteServer(site);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    static String fileUrl(String page) { return site.resolve(page).toUri().toString(); }

    @BeforeEach
    void freshLesson() {
        browser.open(fileUrl("lessons/14-10.html"));
        browser.js("localStorage.clear();");
        // The numeric question varies (VariantsBrowserTest tries its variants); these tests grade the author's numbers.
        browser.js("localStorage.setItem('courseware:variant:lesson-14-10:q2', '0');");
        browser.open(fileUrl("lessons/14-10.html"));
        browser.consoleErrors();
    }

    private WebElement q(String id) { return browser.driver().findElement(By.id(id)); }

    private String verdict(String id) { return q(id).findElement(By.className("quiz-verdict")).getText(); }

    private void check(String id) { q(id).findElement(By.className("quiz-check")).click(); }

    private String score() { return browser.driver().findElement(By.className("quiz-score")).getText(); }

    private List<String> visibleNotes(String id) {
        return q(id).findElements(By.className("option-note")).stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }

    @Test
    void aChoiceAnsweredWrongShowsOnlyItsFeedbackThenRetriesAndScores() {
        assertEquals("Score: 0 of 7 correct", score());
        browser.driver().findElement(By.cssSelector("label[for=q1-b]")).click();
        check("q1");
        assertTrue(verdict("q1").startsWith("Not quite"), verdict("q1"));
        List<String> notes = visibleNotes("q1");
        assertEquals(1, notes.size(), "only the chosen option's feedback: " + notes);
        assertTrue(notes.get(0).startsWith("Not strict"), notes.get(0));
        assertFalse(q("q1").findElement(By.tagName("details")).getDomAttribute("open") != null, "the answer stays hidden");
        q("q1").findElement(By.className("quiz-retry")).click();
        assertEquals("", verdict("q1"));
        assertTrue(visibleNotes("q1").isEmpty());
        browser.driver().findElement(By.cssSelector("label[for=q1-a]")).click();
        check("q1");
        assertEquals("Correct.", verdict("q1"));
        assertTrue(score().startsWith("Score: 1 of 7 correct"), score());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void numericJustInsideAndJustOutsideTheBuildsInterval() {
        assertEquals("[0.07065,0.07075)", q("q2-v0").getDomAttribute("data-accept"));
        WebElement input = browser.driver().findElement(By.id("q2-v0-input"));
        String url = browser.driver().getCurrentUrl();
        for (String[] c : new String[][] {{"0.07065", "Correct."}, {"7.0749999e-2", "Correct."}, {" \u22120.0707", "Not quite"},
                {"0.07075", "Not quite"}, {"0.0706499", "Not quite"}, {"0,0707", "That is not a number"}}) {
            input.clear();
            input.sendKeys(c[0], Keys.ENTER);
            assertTrue(verdict("q2-v0").startsWith(c[1]), c[0] + " -> " + verdict("q2-v0"));
        }
        assertEquals(url, browser.driver().getCurrentUrl(), "Enter never submits or reloads");
    }

    @Test
    void progressSurvivesAReloadUntilReset() {
        browser.driver().findElement(By.id("q2-v0-input")).sendKeys("0.0707", Keys.ENTER);
        browser.driver().findElement(By.cssSelector("label[for=q1-c]")).click();
        check("q1");
        browser.open(fileUrl("lessons/14-10.html"));
        assertEquals("0.0707", browser.driver().findElement(By.id("q2-v0-input")).getDomProperty("value"));
        assertTrue(browser.driver().findElement(By.id("q1-c")).isSelected());
        assertEquals("Correct.", verdict("q2-v0"));
        assertTrue(verdict("q1").startsWith("Not quite"));
        assertEquals("Score: 1 of 7 correct (2 answered)", score());
        browser.driver().findElement(By.className("quiz-reset")).click();
        assertEquals("Score: 0 of 7 correct", score());
        browser.open(fileUrl("lessons/14-10.html"));
        assertEquals("", browser.driver().findElement(By.id("q2-v0-input")).getDomProperty("value"));
        assertFalse(browser.driver().findElement(By.id("q1-c")).isSelected());
    }

    @Test
    void showTheAnswerRevealsEveryVerdict() {
        WebElement details = q("q1").findElement(By.tagName("details"));
        assertFalse(details.findElement(By.className("option-feedback")).isDisplayed());
        details.findElement(By.tagName("summary")).click();
        assertEquals(4, details.findElements(By.cssSelector(".option-feedback li")).stream().filter(WebElement::isDisplayed).count());
    }

    @Test
    void keyboardOnlyAnswersAQuestion() {
        WebElement first = browser.driver().findElement(By.id("q1-a"));
        browser.js("arguments[0].focus();", first);
        first.sendKeys(Keys.ARROW_DOWN); // radios: arrows move and select
        assertTrue(browser.driver().findElement(By.id("q1-b")).isSelected());
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB); // to Check
        assertEquals("quiz-check", browser.driver().switchTo().activeElement().getDomAttribute("class"));
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        assertTrue(verdict("q1").startsWith("Not quite"));
        browser.driver().findElement(By.id("q1-b")).sendKeys(Keys.ARROW_UP, Keys.ENTER);
        assertEquals("Correct.", verdict("q1"));
    }

    /** Tab from the top to the end of the lesson: every badge, Check button and answer is reached, each badge once. */
    @Test
    void keyboardOnlyPassThroughALesson() {
        browser.js("document.activeElement.blur(); window.scrollTo(0, 0);");
        List<String> stops = new java.util.ArrayList<>();
        for (int i = 0; i < 600; i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            String stop = browser.js("const e = document.activeElement; if (e === document.body) return null;"
                    + " if (!e.__cwStop) e.__cwStop = 'stop' + (window.__cwStops = (window.__cwStops || 0) + 1);"
                    + " return e.__cwStop + ' ' + e.tagName + ' ' + (e.className || '') + ' ' + (e.closest('details.checks') && e.tagName === 'SUMMARY' ? 'badge' : '');");
            if (stop == null || stops.contains(stop)) break;
            stops.add(stop);
        }
        long badges = browser.<Long>js("return document.querySelectorAll('details.checks').length;");
        long visibleBadges = browser.<Long>js("return [...document.querySelectorAll('details.checks')].filter(d => !d.parentElement.closest('details:not([open])') && !d.closest('[hidden]')).length;");
        assertEquals(visibleBadges, stops.stream().filter(x -> x.endsWith("badge")).count(), "each badge not inside a closed answer is one tab stop: " + stops);
        assertTrue(badges >= visibleBadges);
        assertEquals(7, stops.stream().filter(x -> x.contains("quiz-check")).count(), "every Check button: " + stops);
        assertEquals(1, stops.stream().filter(x -> x.contains("quiz-reset")).count());
        assertEquals(List.of(), browser.js("return [...document.querySelectorAll('[tabindex]')].map(e => e.outerHTML.slice(0, 80));"));
    }

    @Test
    void overHttpNothingLeavesTheSiteAndNothingLogsAnError() {
        browser.open(server.base() + "lessons/14-10.html");
        // Another origin, another localStorage: pin the author's variant here too.
        browser.js("localStorage.setItem('courseware:variant:lesson-14-10:q2', '0');");
        browser.open(server.base() + "lessons/14-10.html");
        browser.driver().findElement(By.id("q2-v0-input")).sendKeys("0.0707", Keys.ENTER);
        assertEquals("Correct.", verdict("q2-v0"));
        for (String url : browser.requests()) assertTrue(url.startsWith(server.base()), "request outside the site: " + url);
        assertEquals(List.of(), browser.consoleErrors());
        browser.open(fileUrl("lessons/14-10.html"));
        String root = site.toUri().toString();
        for (String url : browser.requests()) assertTrue(url.startsWith(root), "request outside the site: " + url);
    }

    @Test
    void withoutJavaScriptTheQuizStillShowsItsAnswers() throws Exception {
        String html = Files.readString(site.resolve("lessons/14-10.html"));
        assertTrue(html.contains("<details class=\"feedback\">"));
        assertFalse(html.contains("<form"), "no form: Enter cannot submit and reload");
        assertTrue(html.contains("<p class=\"quiz-actions\" hidden>"), "the Check button shows only with JavaScript");
    }

    @Test
    void theLessonScriptStaysWithinBudget() throws Exception {
        assertTrue(Files.size(site.resolve("assets/quiz.js")) <= 60 * 1024);
    }
}
