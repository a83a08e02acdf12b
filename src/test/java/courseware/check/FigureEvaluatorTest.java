package courseware.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import courseware.diag.Source;
import courseware.engine.experiment.BatchComparison;
import courseware.engine.experiment.BatchCurves;
import courseware.engine.experiment.BatchExperiment;
import courseware.engine.experiment.Model;
import courseware.model.Figure;
import courseware.pipeline.Checking;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The numbers a figure draws are the numbers the lesson checks: the same evaluator, names and functions. */
class FigureEvaluatorTest {
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
            given W = 1000
            given T = 10000
            given k_a = 500
            eta_a = warmup_cosine(0.0001, 0.001, W, T, k_a)
            run = gd("sin(x) + 0.2*x", 5, 0.01, 200)
            ```

            {{ eta_a ~ 0.00055 }}

            ```figure
            kind: series
            title: t
            x: {label: step, over: step, from: 0, to: T}
            y: {label: rate}
            series:
              - label: rate
                y: warmup_cosine(0.0001, 0.001, W, T, step)
            marks:
              - x: k_a
                y: eta_a
                label: "{{ eta_a ~ 0.00055 }}"
            caption: c
            ```

            ```figure
            kind: descent
            title: t
            f: sin(x) + 0.2*x
            x: {label: x, from: 4, to: 5.5}
            y: {label: f}
            series:
              - label: gd
                path: run
            marks:
              - x: run.x
                y: run.value
                label: end
            caption: c
            ```
            """;

    private static List<FigureData> figures() {
        Checking.Lesson checked = new Checking().lesson(new Source(Path.of("f.md"), "f.md", LESSON));
        CheckResults checks = checked.checks();
        assertEquals(List.of(), checked.diagnostics().sorted());
        return checked.parsed().file().markups().stream().flatMap(m -> m.figures().stream()).map((Figure f) -> checks.figure(f).orElseThrow()).toList();
    }

    @Test
    void aScheduleIsDrawnAtEveryStepWithTheCheckedValueBitForBit() throws ExprException {
        FigureData series = figures().get(0);
        FigureData.Curve curve = series.curves().get(0);
        assertEquals(10_001, curve.size());
        double checked = ((Value.Num) new Evaluator(Functions.all(), java.util.Map.of()).eval(ExprParser.parse("warmup_cosine(0.0001, 0.001, 1000, 10000, 500)"))).value();
        assertEquals(checked, curve.y()[500], 0.0);
        assertEquals(new FigureData.Point(500, checked, 0), series.marks().get(0));
    }

    @Test
    void aDescentDrawsFOverItsRangeAndTheIteratesOnIt() {
        FigureData descent = figures().get(1);
        FigureData.Curve f = descent.curves().get(0), path = descent.curves().get(1);
        assertEquals(-1, f.series());
        assertEquals(4, f.x()[0]);
        assertEquals(5.5, f.x()[f.size() - 1]);
        assertEquals(201, path.size(), "the start and 200 iterates");
        assertEquals(5, path.x()[0]);
        assertEquals(Math.sin(5) + 0.2 * 5, path.y()[0], 1e-15);
        FigureData.Point end = descent.marks().get(0);
        assertEquals(path.x()[200], end.x(), 0.0);
        assertEquals(0, end.curve(), "a mark on f");
    }

    @Test
    void batchCurvesEndAtTheExperimentsFinalSummary() {
        BatchCurves c = BatchExperiment.curves(Model.LINEAR_LEAST_SQUARES, 40, new double[] {1, -1}, 0.1, 0.1, 8, 8, 5, 3);
        BatchComparison b = BatchExperiment.run(Model.LINEAR_LEAST_SQUARES, 40, new double[] {1, -1}, 0.1, 0.1, 8, 8, 5, 3);
        assertEquals(9, c.fullMean().length);
        assertEquals(b.fullBatch().summary().mean(), c.fullMean()[8], 0.0);
        assertEquals(b.fullBatch().summary().std(), c.fullStd()[8], 0.0);
        assertEquals(b.miniBatch().summary().mean(), c.miniMean()[8], 0.0);
        assertEquals(b.miniBatch().summary().std(), c.miniStd()[8], 0.0);
        assertEquals(c.fullMean()[0], c.miniMean()[0], 0.0, "both start from w = 0 on the same data");
    }

    @Test
    void aRunInTwoVariablesKeepsItsPath() throws ExprException {
        Value.Rec r = (Value.Rec) new Evaluator(Functions.all(), java.util.Map.of()).eval(ExprParser.parse("gd(\"x^2 - y^2\", (1, 0.1), 0.1, 3)"));
        assertArrayEquals(new double[] {1, 0.8, 0.64, 0.512}, ((Value.Vec) r.fields().get("path_x")).values(), 1e-15);
        assertArrayEquals(new double[] {0.1, 0.12, 0.144, 0.1728}, ((Value.Vec) r.fields().get("path_y")).values(), 1e-15);
    }
}
