package courseware.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class KatexRendererTest {

    // Starting KaTeX costs ~1.6 s: one renderer for the whole class.
    private static KatexRenderer katex;

    @BeforeAll
    static void start() {
        katex = new KatexRenderer();
    }

    @AfterAll
    static void stop() {
        katex.close();
    }

    private static String html(String tex, boolean display) {
        MathResult r = katex.render(new MathRequest(tex, display));
        return assertInstanceOf(MathResult.Rendered.class, r, () -> tex + " -> " + r).html();
    }

    private static MathResult.Failed failed(String tex) {
        MathResult r = katex.render(new MathRequest(tex, false));
        return assertInstanceOf(MathResult.Failed.class, r, () -> tex + " -> " + r);
    }

    @Test
    void rendersInlineWithMathml() {
        String html = html("x^2", false);
        assertTrue(html.contains("class=\"katex\""), html);
        assertTrue(html.contains("<math"), html);
        assertFalse(html.contains("katex-display"), html);
    }

    @Test
    void rendersDisplay() {
        String html = html("\\frac{a}{b}", true);
        assertTrue(html.contains("katex-display"), html);
        assertTrue(html.contains("class=\"katex\""), html);
        assertTrue(html.contains("<math"), html);
        assertTrue(html.contains("display=\"block\""), html);
    }

    @Test
    void parseErrorsCarryKatexMessageAndOffset() {
        MathResult.Failed open = failed("\\frac{a");
        assertEquals("Unexpected end of input in a macro argument, expected '}'", open.message());
        assertEquals(7, open.offset()); // at end of input

        MathResult.Failed undefined = failed("a + \\undefinedmacro");
        assertEquals("Undefined control sequence: \\undefinedmacro", undefined.message());
        assertEquals(4, undefined.offset());
    }

    @Test
    void untrustedCommandsFailAndNeverEmitJavascriptLinks() {
        for (String tex : new String[] {"\\href{javascript:alert(1)}{x}", "\\url{javascript:alert(1)}",
                "\\htmlClass{evil}{x}", "\\htmlId{evil}{x}", "\\htmlStyle{color:red}{x}", "\\htmlData{a=b}{x}",
                "\\includegraphics{x.png}", "a+\\href{https://example.org}{x}"}) {
            MathResult.Failed f = failed(tex);
            String command = tex.substring(tex.indexOf('\\'), tex.indexOf('{'));
            assertEquals(command + " is not allowed: math may not contain links, images or raw HTML attributes",
                    f.message());
            assertEquals(tex.indexOf('\\'), f.offset());
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void recursiveMacroFailsInsteadOfHanging() {
        MathResult.Failed f = failed("\\def\\a{\\a}\\a");
        assertEquals("Too many expansions: infinite loop or need to increase maxExpand setting", f.message());
        assertEquals(-1, f.offset()); // KaTeX gives no position for this one
    }

    @Test
    void javascriptErrorsThatAreNotParseErrorsBecomeFailures() {
        String deep = "{".repeat(20_000) + "x" + "}".repeat(20_000); // overflows KaTeX's recursive parser
        assertEquals(new MathResult.Failed("RangeError: Maximum call stack size exceeded", -1),
                katex.render(new MathRequest(deep, false)));
        html("x", false); // and the context is still usable
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aRenderPastItsTimeLimitFailsAndTheNextRenderGetsAFreshContext() {
        // The limit is far from both sides: a first, cold render of "x" takes well under a second even on a
        // loaded machine, and the nested fractions ran for minutes before the limit existed.
        try (KatexRenderer quick = new KatexRenderer(java.time.Duration.ofSeconds(3))) {
            assertInstanceOf(MathResult.Rendered.class, quick.render(new MathRequest("x", false))); // started: not timed
            String fracs = "\\frac{1}{".repeat(2000) + "x" + "}".repeat(2000);
            assertEquals(new MathResult.Failed("typesetting this expression took longer than 3 s (KatexRenderer.TIME_LIMIT);"
                    + " simplify it or split it", -1), quick.render(new MathRequest(fracs, true)));
            assertEquals(html("x^2", false), assertInstanceOf(MathResult.Rendered.class,
                    quick.render(new MathRequest("x^2", false))).html());
        }
    }

    @Test
    void globalMacrosDoNotLeakBetweenExpressions() {
        html("\\gdef\\leak{1}\\leak", false);
        assertEquals("Undefined control sequence: \\leak", failed("\\leak").message());
    }

    @Test
    void oversizedRulesAreCapped() {
        // maxSize 50: a 1000em rule is drawn 50em wide, not 1000em.
        String html = html("\\rule{1000em}{1em}", false);
        assertFalse(html.contains("width:1000em"), html);
        assertTrue(html.contains("border-right-width:50em"), html);
    }

    @Test
    void versionAndFingerprintNeedNoEngine() {
        try (KatexRenderer fresh = new KatexRenderer()) {
            assertEquals(KatexWebjar.VERSION, fresh.katexVersion());
            String fp = fresh.optionsFingerprint();
            assertTrue(fp.startsWith("katex " + KatexWebjar.VERSION + " "), fp);
            assertTrue(fp.contains("output: \"htmlAndMathml\""), fp);
            assertTrue(fp.contains("maxExpand: 1000"), fp);
            assertFalse(fp.contains("\n"), fp);
            assertEquals(katex.optionsFingerprint(), fp);
            assertFalse(fresh.started());
        }
    }

    @Test
    void aBigBatchRunsOnSeveralLanesAndGivesWhatOneLaneGives() {
        java.util.List<MathRequest> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 2 * KatexRenderer.MIN_BATCH_PER_LANE; i++) {
            batch.add(new MathRequest(i % 7 == 0 ? "\\frac{" + i : "x_{" + i + "}^{2}", i % 2 == 0));
        }
        try (KatexRenderer parallel = new KatexRenderer(KatexRenderer.TIME_LIMIT, 2)) {
            java.util.List<MathResult> results = parallel.renderAll(batch);
            assertEquals(2, parallel.laneCount());
            assertEquals(batch.size(), results.size());
            for (int i = 0; i < batch.size(); i++) {
                assertEquals(katex.render(batch.get(i)), results.get(i), batch.get(i).toString());
            }
        }
    }

    @Test
    void aSmallBatchStartsOneLaneOnly() {
        try (KatexRenderer parallel = new KatexRenderer(KatexRenderer.TIME_LIMIT, 2)) {
            assertEquals(3, parallel.renderAll(java.util.List.of(new MathRequest("a", false), new MathRequest("b", false),
                    new MathRequest("c", true))).size());
            assertEquals(1, parallel.laneCount());
        }
    }
}
