package courseware.render.figure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.check.FigureData;
import courseware.model.Figure;
import courseware.model.FigureText;
import courseware.model.Markup;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Property: every marked point is drawn within a pixel of its curve, at its value, however long
 * the curve and however much it is thinned; and thinning keeps every point within its tolerance.
 */
class MarksOnCurvesTest {
    private static final Pattern CIRCLE = Pattern.compile("<circle class=\"mk\" cx=\"([-\\d.]+)\" cy=\"([-\\d.]+)\"");
    private static final Pattern LINE = Pattern.compile("<path class=\"ln s1\" d=\"([^\"]+)\"");

    @Test
    void marksLieOnTheirDrawnCurveWithinAPixel() {
        Random random = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + random.nextInt(random.nextBoolean() ? 40 : 20_000);
            double[] x = new double[n], y = new double[n];
            double phase = random.nextDouble() * 6, freq = random.nextDouble() * 40, jump = random.nextDouble();
            for (int k = 0; k < n; k++) {
                x[k] = k;
                y[k] = Math.sin(phase + freq * k / n) + (k > n / 2 ? jump : 0) + 0.01 * random.nextGaussian() * (trial % 3);
            }
            List<Figure.Mark> specs = new ArrayList<>();
            List<FigureData.Point> marks = new ArrayList<>();
            for (int m = 0; m < 3; m++) {
                int k = random.nextInt(n);
                specs.add(new Figure.Mark(null, null, null, FigureText.plain("m" + m), Figure.Place.values()[m], 0));
                marks.add(new FigureData.Point(x[k], y[k], 0));
            }
            boolean log = trial % 4 == 0;
            if (log) for (int k = 0; k < n; k++) y[k] = Math.exp(3 * y[k]);
            if (log) for (int m = 0; m < marks.size(); m++) marks.set(m, new FigureData.Point(marks.get(m).x(), y[(int) marks.get(m).x()], 0));
            Figure fig = new Figure(null, Figure.Kind.SERIES, FigureText.plain("t"), Markup.EMPTY,
                    new Figure.Axis(FigureText.plain("x"), null, null, null, null, Figure.Scale.LINEAR),
                    new Figure.Axis(FigureText.plain("y"), null, null, null, null, log ? Figure.Scale.LOG : Figure.Scale.LINEAR),
                    null, List.of(new Figure.Series(null, FigureText.plain("s"), null, null, null, null, trial % 5 == 1)), specs, List.of());
            FigureData data = new FigureData(new double[0], new double[0], List.of(new FigureData.Curve(0, x, y, null)), marks, null);
            String svg = new FigureSvg(fig, data, FigureHtml.texts(fig, data, r -> ""), "f").draw();
            double[][] line = points(LINE.matcher(svg));
            assertTrue(line[0].length <= Simplify.MAX_POINTS + marks.size(), "a thin path: " + line[0].length + " points");
            Matcher c = CIRCLE.matcher(svg);
            while (c.find()) {
                double cx = Double.parseDouble(c.group(1)), cy = Double.parseDouble(c.group(2));
                double best = Double.POSITIVE_INFINITY;
                for (int i = 0; i + 1 < line[0].length; i++) best = Math.min(best, Simplify.distance(cx, cy, line[0][i], line[1][i], line[0][i + 1], line[1][i + 1]));
                if (line[0].length == 1) best = Math.hypot(cx - line[0][0], cy - line[1][0]);
                assertTrue(best <= 1.0, "trial " + trial + ": mark at (" + cx + ", " + cy + ") is " + best + " px from its curve");
            }
        }
    }

    @Test
    void thinningKeepsEveryPointWithinItsTolerance() {
        Random random = new Random(5);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1000 + random.nextInt(5000);
            double[] x = new double[n], y = new double[n];
            double periods = 0.5 + random.nextDouble() * 8;
            for (int k = 0; k < n; k++) { x[k] = 600.0 * k / n; y[k] = 150 + 100 * Math.sin(2 * Math.PI * periods * k / n); }
            int[] keep = Simplify.keep(x, y);
            assertTrue(keep[0] == 0 && keep[keep.length - 1] == n - 1);
            int j = 0;
            for (int k = 0; k < n; k++) {
                while (j + 1 < keep.length && keep[j + 1] < k) j++;
                int a = keep[j], b = keep[Math.min(j + 1, keep.length - 1)];
                assertTrue(Simplify.distance(x[k], y[k], x[a], y[a], x[b], y[b]) <= Simplify.TOLERANCE + 1e-9, "point " + k + " of trial " + trial);
            }
        }
    }

    /** The vertices of an "M x y L x y x y" path. */
    private static double[][] points(Matcher m) {
        assertTrue(m.find(), "the curve is drawn");
        String[] parts = m.group(1).replaceAll("[ML]", " ").trim().split("\\s+");
        double[][] out = new double[2][parts.length / 2];
        for (int i = 0; i < parts.length / 2; i++) {
            out[0][i] = Double.parseDouble(parts[2 * i]);
            out[1][i] = Double.parseDouble(parts[2 * i + 1]);
        }
        return out;
    }
}
