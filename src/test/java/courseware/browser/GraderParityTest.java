package courseware.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.check.LearnerAnswer;
import courseware.check.Tolerance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The page's grader and the Java rule ({@link LearnerAnswer#judge}) give the same verdict on every
 * input: both ends of each interval, one digit and one ulp either side, every accepted form, junk.
 */
class GraderParityTest {
    /** Intervals as the build writes them: written precision, both signs, zero, sig and abs rules. */
    static final List<String> INTERVALS = List.of("[0.08535,0.08545)", "(-0.01465,-0.01455]", "(-0.005,0.005)",
            "[9.535E-7,9.545E-7)", "[500,1500)", "[2.395,2.405)", "[0.99,1.01]", "(-3.5,-2.5]", "[4575,4585)");

    static List<String> inputs(Tolerance t) {
        Set<String> in = new LinkedHashSet<>();
        for (BigDecimal b : List.of(t.low(), t.high(), t.low().add(t.high()).divide(BigDecimal.valueOf(2)))) {
            String plain = b.toPlainString();
            in.add(plain);
            in.add(b.toString());
            in.add(b.toString().toLowerCase(Locale.ROOT));
            BigDecimal digit = BigDecimal.ONE.movePointLeft(b.scale() + 1);
            for (BigDecimal d : List.of(b.add(digit), b.subtract(digit), b.add(digit.movePointLeft(6)), b.subtract(digit.movePointLeft(6)))) {
                in.add(d.toPlainString());
                in.add(d.toString());
            }
            double x = b.doubleValue();
            for (double d : new double[] {x, Math.nextUp(x), Math.nextDown(x)}) {
                in.add(new BigDecimal(d).toPlainString()); // the exact double, up to ~60 digits
                in.add(Double.toString(d));
                in.add(String.format(Locale.ROOT, "%.17e", d));
            }
            for (String form : List.of(plain, b.toString())) {
                in.add("  " + form + " ");
                in.add("\t" + form + "\n");
                in.add(form.replace('-', '\u2212'));
                in.add(form.startsWith("-") ? form : "+" + form);
                in.add(form.startsWith("-") ? "+" + form : "-" + form);
                in.add("\u00a0" + form);
                in.add("\u2003" + form + "\u3000");
                in.add(form + "0000");
                in.add(form.replace("E", "e+").replace("e+-", "e-"));
                in.add(form + "e0");
                in.add(form + "E-000");
                in.add(form + "%");
                in.add(form.replace(".", ","));
                in.add("0" + form);
                in.add(form + ".");
                in.add(form.contains(".") ? form + "." : form + ".5");
            }
        }
        in.addAll(List.of("", " ", "-", "+", ".", "-.", "e5", "1e", "1e1234", "1e-999", "1e999", "0e0", "-0", "+0", "0.",
                ".5", "-.5", "5.", "1..2", "1.2.3", "0x10", "1_000", "1,000", "NaN", "Infinity", "-Infinity", "1/2", "½",
                "١٢", "１２", "\u221212", "\u2212\u22121", "+-1", "-+1", "++1", "--1", "1 2", "1e 2", "1e+", "1E+3",
                "0.0854abc", "abc", "<script>", "0.08540000000000000000000000000000000000000000000000000000000",
                "0.085400000000000000000000000000000000000000000000000000000000", "1".repeat(61), "9".repeat(60),
                "\u20000.0854", "\u200b0.0854", "\ufeff0.0854", "\u00850.0854", "\u001c0.0854\u001f", "0.0854\u2028"));
        return new ArrayList<>(in);
    }

    static Tolerance parse(String interval) {
        String[] ends = interval.substring(1, interval.length() - 1).split(",");
        return new Tolerance(new BigDecimal(ends[0]), interval.startsWith("["), new BigDecimal(ends[1]), interval.endsWith("]"), Tolerance.Rule.WRITTEN);
    }

    @Test
    void javaAndThePageAgreeOnEveryInput() {
        Browser.assumeAvailable();
        java.nio.file.Path site = TestSites.realSite();
        int compared = 0;
        try (Browser browser = Browser.start()) {
            browser.open(site.resolve("lessons/14-10.html").toUri().toString());
            List<String> mismatches = new ArrayList<>();
            for (String interval : INTERVALS) {
                Tolerance t = parse(interval);
                assertEquals(interval.replace("E", "E"), LearnerAnswer.attribute(t).replace("9.535E-7", "9.535E-7"));
                List<String> in = inputs(t);
                List<String> page = browser.js("return arguments[0].map(x => window.coursewareQuiz.judge(x, arguments[1]));", in, interval);
                for (int i = 0; i < in.size(); i++) {
                    String java = LearnerAnswer.judge(in.get(i), t).name().toLowerCase(Locale.ROOT);
                    if (!java.equals(page.get(i))) mismatches.add(interval + " '" + in.get(i) + "': java " + java + ", page " + page.get(i));
                    compared++;
                }
            }
            assertEquals(List.of(), mismatches);
        }
        System.out.println("GraderParityTest: " + compared + " inputs, identical verdicts");
        assertTrue(compared >= 1000, "at least 1000 inputs, got " + compared);
    }

    /** One numeric question of one variant as the built page carries it: its interval and its misconceptions'. */
    record Graded(String where, String accept, List<String> misconceptions) {}

    /** Every numeric question with an interval in the built course, each variant's copy on its own. */
    static List<Graded> graded(java.nio.file.Path site) throws java.io.IOException {
        List<Graded> out = new ArrayList<>();
        try (var pages = java.nio.file.Files.list(site.resolve("lessons"))) {
            for (java.nio.file.Path page : pages.sorted().toList()) {
                org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page.toFile(), "UTF-8");
                for (org.jsoup.nodes.Element q : doc.select(".question[data-accept]")) {
                    out.add(new Graded(page.getFileName() + "#" + q.id(), q.attr("data-accept"),
                            q.select(".misconception").eachAttr("data-accept")));
                }
            }
        }
        return out;
    }

    /**
     * The feedback chosen, right, a misconception's or "not quite", is the same on the page as in Java
     * ({@link LearnerAnswer#feedback}) for every variant of every numeric question of the real course: both ends of the
     * answer's and of each misconception's interval, a digit and an ulp either side, every accepted form, junk.
     */
    @Test
    void javaAndThePageChooseTheSameFeedbackInEveryVariant() throws Exception {
        Browser.assumeAvailable();
        java.nio.file.Path site = TestSites.realSite();
        List<Graded> questions = graded(site);
        long variants = questions.stream().filter(q -> q.where().matches(".*-v\\d+")).count();
        long withSlips = questions.stream().filter(q -> !q.misconceptions().isEmpty()).count();
        int compared = 0;
        try (Browser browser = Browser.start()) {
            browser.open(site.resolve("lessons/14-10.html").toUri().toString());
            List<String> mismatches = new ArrayList<>();
            for (Graded q : questions) {
                Tolerance answer = parse(q.accept());
                List<Tolerance> slips = q.misconceptions().stream().map(GraderParityTest::parse).toList();
                Set<String> in = new LinkedHashSet<>(inputs(answer));
                slips.forEach(m -> in.addAll(inputs(m)));
                List<String> typed = new ArrayList<>(in);
                List<Object> page = browser.js("return arguments[0].map(x => String(window.coursewareQuiz.feedback(x, arguments[1], arguments[2])));",
                        typed, q.accept(), q.misconceptions());
                for (int i = 0; i < typed.size(); i++) {
                    LearnerAnswer.Feedback f = LearnerAnswer.feedback(typed.get(i), answer, slips);
                    String java = f.misconception() >= 0 ? String.valueOf(f.misconception()) : f.verdict().name().toLowerCase(Locale.ROOT);
                    if (!java.equals(page.get(i))) mismatches.add(q.where() + " '" + typed.get(i) + "': java " + java + ", page " + page.get(i));
                    compared++;
                }
            }
            assertEquals(List.of(), mismatches);
        }
        System.out.println("GraderParityTest: " + compared + " inputs over " + questions.size() + " numeric questions (" + variants
                + " variant copies, " + withSlips + " with misconceptions), identical feedback");
        assertTrue(compared >= 1000, "at least 1000 inputs, got " + compared);
        assertTrue(variants >= 10 && withSlips >= 1, variants + " variant copies, " + withSlips + " with misconceptions");
    }
}
