package courseware.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.diag.Diagnostics;
import courseware.diag.Pos;
import courseware.diag.Source;
import courseware.model.Lesson;
import courseware.model.MathSpan;
import courseware.model.QuizQuestion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LessonParserTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/basic/01-fixture.md");

    private static Source fixture() throws IOException {
        return new Source(FIXTURE, FIXTURE.toString(), Files.readString(FIXTURE));
    }

    private static Lesson parse(Source source) {
        Diagnostics d = new Diagnostics();
        Lesson lesson = new ContentParser().parseLesson(source, d).lesson().orElseThrow();
        assertEquals(List.of(), d.sorted(), "fixture has no problems");
        return lesson;
    }

    @Test
    void readsEveryPartOfTheFixture() throws IOException {
        Lesson l = parse(fixture());
        assertEquals("01-01", l.id());
        assertEquals(10, l.meta().minutes());
        assertEquals(List.of("99-01"), l.meta().prerequisites());
        assertEquals(2, l.objectives().size());
        assertTrue(l.objectives().get(1).html().contains("<em>worked</em>"));
        assertEquals(1, l.examples().size());
        assertEquals(List.of(QuizQuestion.Kind.SINGLE, QuizQuestion.Kind.MULTIPLE, QuizQuestion.Kind.NUMERIC),
                l.quiz().stream().map(QuizQuestion::kind).toList());
        assertEquals("0.8", l.quiz().get(2).answer().text());
        assertEquals(2, l.quiz().get(1).options().stream().filter(QuizQuestion.Option::correct).count());
        assertEquals(1, l.practice().size());
        assertTrue(l.practice().get(0).hasAnswer());
        assertEquals(List.of("Learning rate", "Gradient"), l.keyTerms().stream().map(t -> t.name()).toList());
        assertEquals(1, l.pitfalls().size());
        assertTrue(l.pitfalls().get(0).html().contains("<strong>Too large a step.</strong>"));
        assertEquals(1, l.summary().size());
    }

    @Test
    void rawHtmlIsEscapedAndDollarsOutsideMathStayText() throws IOException {
        String html = parse(fixture()).content().html();
        assertTrue(html.contains("Raw &lt;b&gt;HTML&lt;/b&gt;"), html);
        assertTrue(html.contains("<a href=\"https://example.org/a?b=1&amp;c=2\">like this</a>"), html);
        assertTrue(html.contains("<a href=\"https://example.org/ref\">reference</a>"), html);
        assertTrue(html.contains("A price of $5 and $10 is text, <code>$not math$</code> is code, and $ is a dollar."), html);
    }

    @Test
    void mathSpansPointAtTheTexInTheFile() throws IOException {
        Source source = fixture();
        Lesson l = parse(source);
        assertSpanAt(source, l.intro().math().get(0), "x^2", false);
        assertSpanAt(source, l.quiz().get(0).options().get(0).feedback().math().get(0), "-\\nabla f", false);
        assertSpanAt(source, l.quiz().get(2).explanation().math().get(0), "w_1 = 1 - {{ alpha }} \\cdot 2 \\cdot 1", false);
        MathSpan display = l.content().math().get(0);
        assertTrue(display.display());
        assertEquals("w_{t+1} = w_t - \\alpha \\nabla L(w_t)", display.tex().strip());
        assertEquals(source.pos(source.text().indexOf("$$\nw_{t+1}") + 2), display.pos());
    }

    /** The span's position is where its TeX starts in the file, found here by plain text search. */
    private static void assertSpanAt(Source source, MathSpan span, String tex, boolean display) {
        assertEquals(tex, span.tex());
        assertEquals(display, span.display());
        int offset = source.text().indexOf("$" + tex + "$") + 1;
        assertTrue(offset > 0, "fixture holds $" + tex + "$");
        Pos expected = source.pos(offset);
        assertEquals(expected.line() + ":" + expected.col(), span.pos().line() + ":" + span.pos().col());
    }

    @Test
    void bodyMathIsStillReturnedWhenFrontMatterFails() {
        Source broken = new Source(Path.of("x.md"), "x.md", "---\nid: [\n---\n\n## Core content\n\n$\\frac{a$\n");
        Diagnostics d = new Diagnostics();
        ParsedLesson parsed = new LessonParser(new Markdown(), new Yaml()).parse(broken, d);
        assertFalse(parsed.lesson().isPresent());
        assertTrue(parsed.file().markups().stream().anyMatch(m -> m.math().stream().anyMatch(s -> s.tex().equals("\\frac{a"))));
        assertTrue(d.hasErrors());
    }
}
