package courseware.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.diag.Diagnostics;
import courseware.diag.Source;
import courseware.model.Figure;
import courseware.model.Markup;
import courseware.model.MathSpan;
import courseware.model.ValueRef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure block becomes an embed of its fragment, at its place among the math and values. */
class FigureBlockTest {
    private static final String LESSON = """
            ---
            id: f
            title: F
            module: m
            order: 1
            ---

            ## Learning objectives

            - One.

            ## Core content

            Before $x^2$ and {{ k }}.

            ```figure
            kind: series
            title: "Steps {{ k }}"
            x: {label: step, over: step, from: 0, to: k}
            y: {label: rate}
            series:
              - label: rate
                y: constant_lr(0.1, step)
            caption: After $y$ and {{ k }}.
            ```

            After {{ k }}.
            """;

    @Test
    void theFigureIsAnEmbedInDocumentOrderAndItsPlaceholderStandsThere() {
        Diagnostics d = new Diagnostics();
        Markup content = new ContentParser().parseLesson(new Source(Path.of("f.md"), "f.md", LESSON), d).lesson().orElseThrow().content();
        assertEquals(List.of(), d.sorted());
        assertEquals(List.of(MathSpan.class, ValueRef.class, Figure.class, ValueRef.class),
                content.embeds().stream().map(Object::getClass).toList());
        String html = content.html();
        assertTrue(html.indexOf(Markup.placeholder(2)) > html.indexOf(Markup.placeholder(1))
                && html.indexOf(Markup.placeholder(2)) < html.indexOf(Markup.placeholder(3)), html);
        assertTrue(!html.contains("kind: series"), "the block's YAML never reaches the page");
        Figure figure = assertInstanceOf(Figure.class, content.embeds().get(2));
        assertEquals(Figure.Kind.SERIES, figure.kind());
        assertEquals("constant_lr(0.1, step)", figure.series().get(0).y().text());
        assertEquals(23, figure.series().get(0).y().pos().line());
        assertEquals(8, figure.series().get(0).y().pos().col(), "an expression is placed at its own column");
        // the caption's math is the fragment's math, at the figure's place; every value is reachable for checking
        assertEquals(List.of("x^2", "y"), content.math().stream().map(MathSpan::tex).toList());
        assertEquals(List.of("k", "k", "k", "k"), content.allRefs().map(ValueRef::expression).toList());
    }
}
