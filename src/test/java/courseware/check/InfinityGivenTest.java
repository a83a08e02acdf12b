package courseware.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.diag.Diagnostic;
import courseware.diag.Diagnostics;
import courseware.diag.Source;
import courseware.pipeline.Checking;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code given max_norm = inf}: an infinity is a given like a number, passed to the functions that take it, and any
 * result computed from it must again be finite. Values: torch.nn.utils.clip_grad_norm_ with max_norm=inf returns the
 * total norm and leaves the gradient as it is (clip_coef = inf, clamped to 1); norm_type=inf is the largest
 * |component|. For g = (3, 4) the L2 norm is 5 and the max norm 4.
 */
class InfinityGivenTest {
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

            ```compute
            given max_norm = inf
            given p = inf
            given low = -inf
            given g = (3, 4)
            measured = clip_norm(g, max_norm, convention="pytorch")
            ```

            A max-norm of {{ max_norm }} (below it {{ low }}) only measures: the norm is {{ measured.norm ~ 5 }},
            the scale {{ measured.scale ~ 1 }}, the vector {{ measured.vector = (3, 4) }}, clipped {{ measured.clipped = no }}.
            The largest component is {{ clip_norm(g, 10, p).norm ~ 4 }}; clamping to {{ max_norm }} keeps
            {{ clip_value(g, max_norm).vector = (3, 4) }}.
            """;

    @Test
    void aFigureDrawsNothingAtInfinity() {
        Diagnostics d = new Diagnostics();
        checked(LESSON + """

                ```figure
                kind: series
                title: t
                x: {label: step, over: step, from: 0, to: 10}
                y: {label: rate}
                series:
                  - label: rate
                    y: cosine_decay(0.1, 10, step)
                marks:
                  - x: max_norm
                    y: 0.05
                    label: far
                caption: c
                ```
                """, d);
        List<Diagnostic> errors = d.sorted();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("'x' is a finite number, but max_norm is Infinity", errors.get(0).message());
    }

    private static List<Checked> checked(String lesson, Diagnostics d) {
        Checking.Lesson checked = new Checking().lesson(new Source(Path.of("f.md"), "f.md", lesson));
        d.addAll(checked.diagnostics());
        return checked.checks().all().stream()
                .sorted(Comparator.comparing((Checked c) -> c.pos().line()).thenComparing(c -> c.pos().col())).toList();
    }

    @Test
    void anInfiniteGivenReachesTheFunctionsThatTakeIt() {
        Diagnostics d = new Diagnostics();
        List<Checked> all = checked(LESSON, d);
        assertEquals(List.of(), d.sorted());
        assertEquals(List.of("inf", "-inf", "5", "1", "(3, 4)", "no", "4", "inf", "(3, 4)"),
                all.stream().map(Checked::display).toList());
        assertTrue(all.stream().allMatch(c -> !c.stated() || c.passed()), all.toString());
    }

    @Test
    void aResultComputedFromItMustBeFinite() { // reported at the operator, like every binary result
        Diagnostics d = new Diagnostics();
        checked(LESSON.replace("measured = clip_norm", "twice = 2 * max_norm\nmeasured = clip_norm"), d);
        List<Diagnostic> errors = d.sorted();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("f.md:19:11", errors.get(0).pos().toString());
        assertEquals("the result is Infinity (not a finite number)", errors.get(0).message());
    }

    @Test
    void aShownValueThatIsNotFiniteIsAnErrorThatSaysSo() {
        Diagnostics d = new Diagnostics();
        checked(LESSON + "\nAt most {{ -inf }}.\n", d);
        List<Diagnostic> errors = d.sorted();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("'-inf' is -Infinity, not a finite number, so no page can show it as one; show the given it comes from by its name,"
                + " or a finite result", errors.get(0).message());
    }
}
