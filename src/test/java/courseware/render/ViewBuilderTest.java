package courseware.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.model.Lesson;
import courseware.model.MathSpan;
import courseware.testing.CheckedContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewBuilderTest {

    @Test
    void theCourseViewIsBuiltOncePerRootNotOncePerPage() throws Exception {
        // It lists every lesson and every page asks for it: built per page, 20,000 lessons took over 400 s.
        CheckedContent content = CheckedContent.of(Path.of("src/test/resources/fixtures/basic"));
        ViewBuilder views = new ViewBuilder(content.course(), (span, c) -> "", content.checks());
        assertSame(views.course("../"), views.course("../"));
        assertSame(views.course(""), views.course(""));
        assertEquals("lessons/01-01.html", views.course("").modules().get(0).lessons().get(0).href());
        assertEquals("../lessons/01-01.html", views.course("../").modules().get(0).lessons().get(0).href());
    }

    /** Markup the HTML parser would rewrite (quotes, an entity, a void tag) holding a key term and a heading. */
    private static final String FOREIGN = "<span class='typeset'>gradient<h3>Not a heading</h3>it&#x27;s<br/></span>";
    /** KaTeX's output for x^2: MathML with the TeX as annotation, then the HTML rendering. */
    private static final String KATEX = "<span class=\"katex\"><span class=\"katex-mathml\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\">"
            + "<semantics><mrow><msup><mi>x</mi><mn>2</mn></msup></mrow><annotation encoding=\"application/x-tex\">x^2</annotation>"
            + "</semantics></math></span><span class=\"katex-html\" aria-hidden=\"true\"><span class=\"katex-base\">"
            + "<span class=\"katex-strut\" style=\"height:0.8141em;\"></span><span class=\"mord\"><span class=\"mord mathnormal\">x</span>"
            + "<span class=\"msupsub\"><span class=\"vlist-t\"><span class=\"vlist-r\"><span class=\"vlist\" style=\"height:0.8141em;\">"
            + "<span style=\"top:-3.063em;margin-right:0.05em;\"><span class=\"pstrut\" style=\"height:2.7em;\"></span>"
            + "<span class=\"katex-sizing reset-size6 size3 mtight\"><span class=\"mord mtight\">2</span></span></span></span></span></span>"
            + "</span></span></span></span></span>";
    private static final Typesetter TYPESET = (s, c) -> s.tex().equals("x^2") ? KATEX : FOREIGN;

    private static final String LESSON = """
            ---
            id: 01-01
            title: Reading aids
            module: basics
            order: 1
            minutes: 5
            ---

            ## Learning objectives

            - Read.

            ## Core content

            ```compute
            given k = 3
            ```

            A gradient first, then $a$ and a gradient again.

            ### Minimizing $x^2$ in {{ k }} steps

            $b$ beside a gradient.

            ## Key terms

            Gradient
            : The vector of partial derivatives.
            """;

    private static CheckedContent lesson(Path dir) throws Exception {
        Files.writeString(dir.resolve("course.yml"), "title: Course\nmodules:\n  - id: basics\n    title: Basics\n");
        Files.writeString(dir.resolve("01-reading.md"), LESSON);
        return CheckedContent.of(dir);
    }

    @Test
    void readingAidsWorkAroundTheMathWhichGoesInAfterwardsAsTyped(@TempDir Path dir) throws Exception {
        // jsoup sees placeholders, not math: it links no term inside the math, takes no heading from it, and leaves
        // its markup byte for byte as the typesetter wrote it.
        CheckedContent content = lesson(dir);
        ViewBuilder views = new ViewBuilder(content.course(), TYPESET, content.checks());
        Reading.Processed p = views.content(content.course().lessons().get(0), "../");
        String term = "<a class=\"term\" href=\"../glossary.html#term-gradient\">gradient</a>";
        assertEquals("<p>A " + term + " first, then " + FOREIGN + " and a gradient again.</p>", p.html().substring(0, p.html().indexOf("\n")));
        assertTrue(p.html().endsWith("<p>" + FOREIGN + " beside a " + term + ".</p>"), p.html());
        assertEquals(List.of("minimizing-x2x-2x2-in-3-steps"), p.headings().stream().map(Reading.Heading::id).toList());
    }

    @Test
    void aHeadingsTitleReadsItsMathAsWhenTheWholeFragmentWasParsedWithIt(@TempDir Path dir) throws Exception {
        CheckedContent content = lesson(dir);
        ViewBuilder views = new ViewBuilder(content.course(), (s, c) -> KATEX, content.checks());
        Lesson l = content.course().lessons().get(0);
        Reading.Processed p = views.content(l, "../");
        // KaTeX's text is its MathML, its TeX and its HTML rendering in a row: that is what the toc has always shown.
        assertEquals(List.of(new Reading.Heading("minimizing-x2x-2x2-in-3-steps", "Minimizing x2x^2x2 in 3 steps", 3)), p.headings());
        assertTrue(p.html().contains("<h3 id=\"minimizing-x2x-2x2-in-3-steps\">Minimizing " + KATEX + " in 3 steps<a class=\"heading-anchor\""),
                p.html());
        // The same headings as processing the fragment with every embed in, as before.
        Map<String, String> terms = new LinkedHashMap<>();
        terms.put("gradient", "../glossary.html#term-gradient");
        assertEquals(Reading.process(views.htmlString(l.content()), ViewBuilder.reservedIds(l), terms).headings(), p.headings());
    }
}
