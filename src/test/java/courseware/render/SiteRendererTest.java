package courseware.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.check.CheckResults;
import courseware.pipeline.SubstitutedTex;
import courseware.model.MathSpan;
import courseware.testing.CheckedContent;
import courseware.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Golden pages for the fixture course. Math is stood in by a marker holding the TeX, so the
 * snapshot shows the page structure rather than KaTeX's markup (KaTeX has its own tests).
 */
class SiteRendererTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/basic");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    /** Stands in for KaTeX: the TeX (values written in) inside a marker element. */
    private static Typesetter mark() {
        return (s, checks) -> "<m" + (s.display() ? " display" : "") + ">"
                + SubstitutedTex.of(s, checks).tex().strip().replace("&", "&amp;").replace("<", "&lt;") + "</m>";
    }

    private static SortedMap<String, byte[]> render() throws Exception {
        return render(FIXTURE);
    }

    private static SortedMap<String, byte[]> render(Path fixture) throws Exception {
        CheckedContent content = CheckedContent.of(fixture);
        assertEquals(List.of(), content.diagnostics().sorted());
        return new SiteRenderer(Path.of("templates")).render(content.course(), mark(), content.checks());
    }

    @Test
    void lessonAndIndexPagesMatchTheirGoldenFiles() throws Exception {
        SortedMap<String, byte[]> files = render();
        Golden.assertMatches(GOLDEN.resolve("index.html"), new String(files.get("index.html"), StandardCharsets.UTF_8));
        Golden.assertMatches(GOLDEN.resolve("lesson-01-01.html"),
                new String(files.get("lessons/01-01.html"), StandardCharsets.UTF_8));
    }

    @Test
    void checkedNumbersReadAsTextWithOneBadgePerItem() throws Exception {
        String page = new String(render(Path.of("src/test/resources/fixtures/checks")).get("lessons/01-02.html"), StandardCharsets.UTF_8);
        Golden.assertMatches(GOLDEN.resolve("lesson-checks.html"), page);
        assertTrue(page.contains("<m>\\eta_0 = 0.1</m>"), "a given is written into the TeX as declared");
        assertTrue(page.contains("<p><m>\\eta_{ 750 } \\approx 0.0146</m></p>"), "no mark crowds the formula");
        assertTrue(page.contains("<p>The norm is 10.</p>"), "a checked number reads as text");
        assertTrue(page.contains("At step 750 it is about 0.0146 (shown at 3 significant figures), or 0.01464; in math <m>\\eta \\approx 0.015</m>"),
                "a shown value in the author's format");
        assertTrue(page.contains("<pre><code class=\"language-python\">eta0, K, k = 0.1, 1000, 750\n"
                + "print(round(eta, 4))   # 0.0146 &lt;b&gt;, not 0.1 &amp; 1\n</code></pre>"),
                "values in a code block read as plain text, a literal as written, both escaped");
        assertEquals(4, page.split("<details class=\"checks\">", -1).length - 1, "one badge per item with checked numbers");
        assertTrue(page.contains("<summary>3 numbers recomputed</summary>"));
        assertTrue(page.contains("<td data-label=\"Recomputed\">0.0146447<details class=\"exact\"><summary>exact</summary>"
                + "<code>0.014644660940672627</code></details></td><td data-label=\"Accepted\">[0.01455, 0.01465)</td>"), "readable, exact on demand");
        assertFalse(page.contains("tabindex"), "no extra tab stops");
    }

    @Test
    void everyPartOfTheLessonIsOnThePage() throws Exception {
        String page = new String(render().get("lessons/01-01.html"), StandardCharsets.UTF_8);
        for (String id : List.of("objectives", "content", "examples", "quiz", "practice", "key-terms", "pitfalls", "summary")) {
            assertTrue(page.contains("<section id=\"" + id + "\""), id);
        }
        assertTrue(page.contains("<m>x^2</m>"), "math placeholders are replaced");
        assertTrue(!page.contains("<!--math:"), "no placeholder is left");
        assertTrue(page.contains("class=\"planned\""), "a planned prerequisite is shown without a link");
    }

    @Test
    void renderingIsDeterministicAndShipsTheTemplateAssets() throws Exception {
        SortedMap<String, byte[]> one = render();
        SortedMap<String, byte[]> two = render();
        assertEquals(one.keySet(), two.keySet());
        one.forEach((path, bytes) -> assertArrayEquals(bytes, two.get(path), path));
        assertEquals(List.of("assets/nav.css", "assets/nav.js", "assets/quiz.css", "assets/quiz.js", "assets/search.js",
                "assets/style.css", "assets/variants.js", "assets/vendor/minisearch-7.2.0.min.js", "assets/vendor/minisearch-LICENSE.txt",
                "glossary.html", "index.html", "lessons/01-01.html", "search/d0.js", "search/head.js", "search/t0.js"),
                List.copyOf(one.keySet()));
    }
}
