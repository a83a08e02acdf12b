package courseware.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** KaTeX's MathML defects repaired; markup without them kept as it came. */
class MathmlRepairTest {
    @Test
    void aScriptWithAnOperatorNameGetsItsArgumentAsOneRow() {
        // KaTeX 0.18 for \lambda_{\max}: the name and its U+2061 are two children where msub takes one.
        String html = "<span class=\"katex\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\"><semantics><mrow><msub><mi>λ</mi>"
                + "<mi>max</mi><mo>\u2061</mo></msub></mrow><annotation encoding=\"application/x-tex\">\\lambda_{\\max}</annotation>"
                + "</semantics></math><span class=\"katex-html\">x</span></span>";
        String fixed = MathmlRepair.repair(html);
        assertTrue(fixed.contains("<msub><mi>λ</mi><mrow><mi>max</mi><mo>\u2061</mo></mrow></msub>"), fixed);
        assertTrue(fixed.startsWith("<span class=\"katex\"><math") && fixed.endsWith("</math><span class=\"katex-html\">x</span></span>"), fixed);
    }

    @Test
    void aTaggedEquationsCellLosesItsWidth() {
        String html = "<math><mtable><mtr><mtd width=\"50%\"></mtd><mtd><mi>x</mi></mtd></mtr></mtable></math>";
        assertEquals("<math><mtable><mtr><mtd></mtd><mtd><mi>x</mi></mtd></mtr></mtable></math>", MathmlRepair.repair(html));
    }

    @Test
    void markupWithoutTheDefectsIsKeptByteForByte() {
        String html = "<span><math><semantics><mrow><msub><mi>x</mi><mn>0</mn></msub><mo>&lt;</mo></mrow>"
                + "<annotation encoding=\"application/x-tex\">x_0 &lt; 1 &amp;</annotation></semantics></math></span>";
        assertSame(html, MathmlRepair.repair(html));
        String none = "<span class=\"katex-error\">no math</span>";
        assertSame(none, MathmlRepair.repair(none));
    }

    @Test
    void escapesSurviveARepair() {
        String html = "<math><semantics><msub><mi>a</mi><mi>b</mi><mo>&lt;</mo></msub>"
                + "<annotation encoding=\"application/x-tex\">a_{b&lt;} &amp; \"q\"</annotation></semantics></math>";
        String fixed = MathmlRepair.repair(html);
        assertTrue(fixed.contains("<msub><mi>a</mi><mrow><mi>b</mi><mo>&lt;</mo></mrow></msub>"), fixed);
        assertTrue(fixed.contains("a_{b&lt;} &amp; \"q\""), fixed);
    }
}
