package courseware.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Variants in Chromium: two learners see their own numbers and are each graded right, "New numbers" moves on and
 * keeps each variant's answer, a misconception earns its feedback, and without JavaScript or in print the author's
 * numbers show. The expected answers are computed here from the numbers the page shows (cosine decay as PyTorch's
 * CosineAnnealingLR with eta_min = 0), not read from the page's own data.
 */
class VariantsBrowserTest {
    static Path site;
    static Browser browser;

    @BeforeAll
    static void start() {
        Browser.assumeAvailable();
        site = TestSites.build(Path.of("src/test/resources/fixtures/variants/content"), "variants");
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    private static String url() { return site.resolve("lessons/v.html").toUri().toString(); }

    /** The page as a learner with this seed first sees it. */
    private static void learner(String seed) {
        browser.open(url());
        browser.js("localStorage.clear(); localStorage.setItem('courseware:seed', arguments[0]);", seed);
        browser.open(url());
    }

    private static WebElement shown(String item) {
        return browser.driver().findElements(By.cssSelector("#" + item + " > [data-variant]")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow();
    }

    private static final Pattern NUMBERS = Pattern.compile("η0=([\\d.]+) and K=(\\d+).*k=(\\d+)");

    /** The right answer to the numeric question as shown, to four decimals, from the prompt's own numbers. */
    private static String expected(WebElement question) {
        String prompt = (String) browser.js("return arguments[0].querySelector('.prompt annotation') ? "
                + "Array.from(arguments[0].querySelectorAll('.prompt annotation')).map(a => a.textContent.replace(/[\\\\{}\\s_]/g, '').replace('eta', 'η')).join(' and ') : ''",
                question);
        Matcher m = NUMBERS.matcher(prompt);
        assertTrue(m.find(), prompt);
        double eta0 = Double.parseDouble(m.group(1)), k = Double.parseDouble(m.group(3)), K = Double.parseDouble(m.group(2));
        double eta = eta0 / 2 * (1 + Math.cos(Math.PI * k / K));
        return new BigDecimal(eta).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    private static String answer(WebElement question, String typed) {
        WebElement input = question.findElement(By.tagName("input"));
        input.clear();
        input.sendKeys(typed);
        question.findElement(By.className("quiz-check")).click();
        return question.findElement(By.className("quiz-verdict")).getText();
    }

    /** Two seeds whose learners get different variants of the first question. */
    private static List<String> twoLearners() {
        learner("1");
        String first = browser.driver().findElement(By.id("q1")).getDomAttribute("data-shown");
        for (int seed = 2; seed < 50; seed++) {
            learner(String.valueOf(seed));
            if (!first.equals(browser.driver().findElement(By.id("q1")).getDomAttribute("data-shown"))) return List.of("1", String.valueOf(seed));
        }
        throw new AssertionError("49 seeds, one variant");
    }

    @Test
    void twoLearnersSeeTheirOwnNumbersAndAreEachGradedRight() {
        List<String> seeds = twoLearners();
        String[] prompts = new String[2];
        for (int i = 0; i < 2; i++) {
            learner(seeds.get(i));
            WebElement q = shown("q1");
            prompts[i] = q.findElement(By.className("prompt")).getText();
            String right = expected(q);
            assertEquals("Correct.", answer(q, right), prompts[i] + " answered " + right);
            assertTrue(answer(q, new BigDecimal(right).add(new BigDecimal("0.0010")).toPlainString()).startsWith("Not quite"));
            // the same learner keeps their numbers
            browser.open(url());
            assertEquals(prompts[i], shown("q1").findElement(By.className("prompt")).getText());
        }
        assertNotEquals(prompts[0], prompts[1]);
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void newNumbersChangeTheQuestionAndKeepEachVariantsAnswerAndScore() {
        learner("7");
        WebElement before = shown("q1");
        String firstId = before.getDomAttribute("id");
        String prompt = before.findElement(By.className("prompt")).getText();
        assertEquals("Correct.", answer(before, expected(before)));
        assertTrue(browser.driver().findElement(By.className("quiz-score")).getText().startsWith("Score: 1 of 2"));
        browser.driver().findElement(By.cssSelector("#q1 .new-numbers")).click();
        WebElement after = shown("q1");
        String nextId = after.getDomAttribute("id");
        assertNotEquals(prompt, after.findElement(By.className("prompt")).getText());
        assertTrue(browser.driver().findElement(By.className("quiz-score")).getText().startsWith("Score: 0 of 2"),
                "the new variant is not answered yet");
        browser.open(url());
        assertEquals(nextId, shown("q1").getDomAttribute("id"), "the new numbers are kept");
        // back round to the first variant: its answer is still there, and scores again
        int count = Integer.parseInt(browser.driver().findElement(By.id("q1")).getDomAttribute("data-variants"));
        for (int i = 1; i < count; i++) browser.driver().findElement(By.cssSelector("#q1 .new-numbers")).click();
        assertEquals(firstId, shown("q1").getDomAttribute("id"));
        assertTrue(browser.driver().findElement(By.className("quiz-score")).getText().startsWith("Score: 1 of 2"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theMisconceptionsValueEarnsItsFeedback() {
        learner("3");
        WebElement q = shown("q1");
        String prompt = (String) browser.js("return Array.from(arguments[0].querySelectorAll('.prompt annotation')).map(a => a.textContent).join(' ')", q);
        Matcher m = Pattern.compile("\\\\eta_0 = ([\\d.]+).*K = (\\d+).*k = (\\d+)").matcher(prompt);
        assertTrue(m.find(), prompt);
        double slip = Double.parseDouble(m.group(1)) * Math.cos(Math.PI * Double.parseDouble(m.group(3)) / Double.parseDouble(m.group(2)));
        String typed = new BigDecimal(slip).setScale(4, RoundingMode.HALF_UP).toPlainString();
        assertEquals("Not quite, and this is a known slip:", answer(q, typed), "typed " + typed + " for " + prompt);
        List<String> notes = q.findElements(By.className("misconception")).stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList();
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).startsWith("You dropped the one half"), notes.get(0));
        q.findElement(By.className("quiz-retry")).click();
        assertTrue(q.findElements(By.className("misconception")).stream().noneMatch(WebElement::isDisplayed));
    }

    @Test
    void withoutJavaScriptTheAuthorsNumbersShow() {
        browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.open(url());
            for (String item : List.of("q1", "q2", "example-1")) assertEquals(item + "-v0", shown(item).getDomAttribute("id"));
            assertTrue(shown("q1").findElement(By.className("prompt")).getText().contains("750"));
            assertFalse(browser.driver().findElement(By.cssSelector("#q1 .variant-bar")).isDisplayed(), "no button that cannot work");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void printShowsTheAuthorsNumbersWithTheirAnswers() {
        learner("5");
        browser.driver().findElement(By.cssSelector("#q1 .new-numbers")).click(); // whatever the learner sees on screen
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String item : List.of("q1", "q2", "example-1")) assertEquals(item + "-v0", shown(item).getDomAttribute("id"));
            WebElement answer = shown("q1").findElement(By.cssSelector(".feedback .correct"));
            assertTrue((Boolean) browser.js("const r = arguments[0].getBoundingClientRect(); return arguments[0].checkVisibility() && r.height > 0;", answer),
                    "printed, the answer shows without any script opening it");
            assertEquals("Answer: 0.0146", answer.getDomProperty("textContent").strip());
            assertTrue(shown("example-1").findElement(By.className("answer")).getDomProperty("textContent").contains("0.0146"));
            assertFalse(browser.driver().findElement(By.cssSelector("#q1 .variant-bar")).isDisplayed());
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /** Search indexes what the page shows without JavaScript: the author's values, never a drawn variant's. */
    @Test
    void searchIndexesVariantZeroOnly() throws java.io.IOException {
        String docs = java.nio.file.Files.readString(site.resolve("search/d0.js"));
        assertTrue(docs.contains("\"Example: The rate at step 750\",\"lessons/v.html#example-1\""), docs);
        for (int k = 100; k <= 900; k += 100) assertFalse(docs.contains("The rate at step " + k + "\""), k + " is a drawn value: " + docs);
    }

    @Test
    void everyVariantIsAccessible() {
        learner("11");
        assertEquals(List.of(), browser.axeViolations());
        // each copy in turn, as a learner asking for new numbers meets them
        int count = Integer.parseInt(browser.driver().findElement(By.id("example-1")).getDomAttribute("data-variants"));
        for (int i = 1; i < count; i++) browser.driver().findElement(By.cssSelector("#example-1 .new-numbers")).click();
        assertEquals(List.of(), browser.axeViolations());
    }
}
