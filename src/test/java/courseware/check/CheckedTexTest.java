package courseware.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A value goes into TeX by its kind: numbers as numbers, with powers of ten, and anything else as text. */
class CheckedTexTest {
    private static String tex(String display, Value value) {
        return new Checked(null, "x", display, false, value, new Acceptance.Shown(), "x", true).tex();
    }

    @Test
    void numbersAreWrittenAsNumbersWithTheirPowerOfTen() {
        assertEquals("9.54 \\times 10^{-7}", tex("9.54e-7", new Value.Num(9.54e-7)));
        assertEquals("1.0 \\times 10^{3}", tex("1.0E+03", new Value.Num(1000)));
        assertEquals("-0.5", tex("\u22120.5", new Value.Num(-0.5)), "a stated U+2212 becomes TeX's minus");
        assertEquals("0.0146", tex("0.0146", new Value.Num(0.0146)));
    }

    @Test
    void vectorsKeepTheirBrackets() {
        assertEquals("(3, 4)", tex("(3, 4)", new Value.Vec(new double[] {3, 4})));
        assertEquals("[1.5 \\times 10^{-8}, 2]", tex("[1.5e-8, 2]", new Value.Vec(new double[] {1.5e-8, 2})));
    }

    @Test
    void wordsAndTextAreEscapedAsText() {
        assertEquals("\\text{no clipping}", tex("no clipping", new Value.Str("no clipping")));
        assertEquals("\\text{a\\_b \\textasciicircum{}}", tex("a_b ^", new Value.Str("a_b ^")));
        assertEquals("\\text{yes}", tex("yes", new Value.Bool(true)));
        assertEquals("\\text{Infinity}", tex("Infinity", new Value.Num(Double.POSITIVE_INFINITY)), "not a numeral: text");
    }
}
