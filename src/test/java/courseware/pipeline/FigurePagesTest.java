package courseware.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures of the real content, as built: one per lesson with a computation at least, each small and accessible. */
class FigurePagesTest {
    private static final Path CONTENT = Path.of("content");
    /** A figure and the data table that follows it (a figcaption must be a figure's first or last child). */
    private static final Pattern FIGURE = Pattern.compile(
            "<div class=\"fig-block\">\n<figure class=\"fig fig-(\\w+)\".*?</figure>\n(?:<details class=\"fig-data\">.*?</details>\n)?</div>", Pattern.DOTALL);
    private static final Pattern SVG = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL);
    private static final Pattern CIRCLE = Pattern.compile("<circle class=\"mk\" cx=\"([-\\d.]+)\" cy=\"([-\\d.]+)\"");
    private static final Pattern DRAWN = Pattern.compile("<path class=\"(?:ln|dt) [^\"]*\" d=\"([^\"]+)\"");

    @TempDir static Path tmp;
    static BuildReport report;

    @BeforeAll
    static void build() throws Exception {
        report = Build.writeOnce(new BuildOptions(CONTENT, Path.of("templates"), tmp.resolve("site"), Golden.testCache(), true));
        assertFalse(report.failed(), "the content builds");
    }

    private static String page(Path lesson) throws Exception {
        Matcher id = Pattern.compile("(?m)^id:\\s*(\\S+)\\s*$").matcher(Files.readString(lesson));
        assertTrue(id.find());
        return Files.readString(tmp.resolve("site/lessons/" + id.group(1) + ".html"));
    }

    private static List<Path> lessons() throws Exception {
        try (Stream<Path> files = Files.list(CONTENT)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    @Test
    void everyLessonWithAComputationShowsAFigure() throws Exception {
        for (Path lesson : lessons()) {
            if (!Files.readString(lesson).contains("```compute")) continue;
            assertTrue(FIGURE.matcher(page(lesson)).find(), lesson + " computes but shows no figure");
        }
    }

    @Test
    void theRequiredFiguresAreThere() throws Exception {
        String descent = page(CONTENT.resolve("14-08-gradient-descent-nonconvex.md"));
        assertTrue(descent.contains("<figure class=\"fig fig-descent\""), "seed 001's descent plot");
        String schedule = page(CONTENT.resolve("14-10-stochastic-nonconvex-optimization.md"));
        assertTrue(schedule.contains(">step 2499: η ≈ 0.00639</text>") && schedule.contains(">step 2499: η ≈ 0.000312</text>"),
                "the figure of step-size schedules marks its two checked points");
        String all = String.join("", lessons().stream().map(l -> { try { return page(l); } catch (Exception e) { throw new RuntimeException(e); } }).toList());
        for (String kind : List.of("series", "descent", "band", "contour", "bars")) {
            assertTrue(all.contains("<figure class=\"fig fig-" + kind + "\""), "the content uses a " + kind + " figure");
        }
        Matcher band = FIGURE.matcher(page(CONTENT.resolve("14-09-neural-network-sgd.md")));
        String bandFigure = "";
        while (band.find()) if (band.group(1).equals("band")) bandFigure = band.group();
        assertTrue(bandFigure.contains(">0.001</text>") && bandFigure.contains(">0.01</text>") && bandFigure.contains(">0.1</text>"),
                "the band figure's loss axis is logarithmic, ticked at powers of ten");
    }

    /** At most 30 KB of SVG, an image with a title and a description, a data table, and every mark on a drawn curve. */
    @Test
    void figuresAreSmallAccessibleAndMarkedOnTheirCurves() throws Exception {
        int count = 0;
        for (Path lesson : lessons()) {
            Matcher f = FIGURE.matcher(page(lesson));
            while (f.find()) {
                count++;
                String figure = f.group(), kind = f.group(1);
                Matcher s = SVG.matcher(figure);
                assertTrue(s.find());
                String svg = s.group();
                int bytes = svg.getBytes(StandardCharsets.UTF_8).length;
                assertTrue(bytes <= 30_000, lesson + ": a " + kind + " figure of " + bytes + " bytes");
                assertTrue(svg.contains("role=\"img\"") && svg.contains("<title id=") && svg.contains("<desc id="), lesson + " " + kind);
                assertTrue(figure.contains("</figcaption>\n</figure>\n<details class=\"fig-data\">"), "the caption ends the figure, its data table follows");
                if (kind.equals("contour")) continue; // its marks are points of the plane
                List<double[]> drawn = new ArrayList<>();
                Matcher d = DRAWN.matcher(svg);
                while (d.find()) drawn.add(numbers(d.group(1)));
                Matcher c = CIRCLE.matcher(svg);
                while (c.find()) {
                    double cx = Double.parseDouble(c.group(1)), cy = Double.parseDouble(c.group(2));
                    double best = Double.POSITIVE_INFINITY;
                    for (double[] p : drawn) {
                        for (int i = 0; i + 3 < p.length; i += 2) best = Math.min(best, segment(cx, cy, p[i], p[i + 1], p[i + 2], p[i + 3]));
                        for (int i = 0; i + 1 < p.length; i += 2) best = Math.min(best, Math.hypot(cx - p[i], cy - p[i + 1]));
                    }
                    assertTrue(best <= 1, lesson + ": a mark of a " + kind + " figure is " + best + " px from every curve");
                }
            }
        }
        assertTrue(count >= 8, "figures in the content: " + count);
    }

    /** The coordinates of a path (M, L, H, V and h0 commands as this renderer writes them). */
    private static double[] numbers(String d) {
        String[] parts = d.replaceAll("h[-\\d.]+", " ").replaceAll("[MLHV]", " ").trim().split("\\s+");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) out[i] = Double.parseDouble(parts[i]);
        return out;
    }

    private static double segment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax, dy = by - ay, l = dx * dx + dy * dy;
        double t = l == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / l));
        return Math.hypot(ax + t * dx - px, ay + t * dy - py);
    }
}
