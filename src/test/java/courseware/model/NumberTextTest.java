package courseware.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import courseware.model.NumberText.Written;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every style with values worked out by hand from the doubles' exact binary values. Ties are exact in binary (0.125,
 * 2.5, 1234.125 = 1234125/1000); "just below a tie" are decimals whose double is below them: 0.145 is
 * 0.14499999999999999000..., 2.675 is 2.67499999999999982236..., 1.005 is 1.00499999999999989341..., 1234.145 is
 * 1234.14499999999998181..., 1.0005 is 1.00049999999999994493..., 0.1000000000005 is 0.10000000000049999449....
 */
class NumberTextTest {
    private static final char MINUS = '\u2212';

    private static String m(String text) {
        return text.replace('-', MINUS);
    }

    @Test
    void shownByDefaultIsTwelveSignificantDigitsWithoutTrailingZeros() {
        assertEquals("3.4", NumberText.shown(3.4000000000000004));
        assertEquals("0.001073741824", NumberText.shown(0.0010737418240000002));
        assertEquals("750", NumberText.shown(750));
        assertEquals("-2", NumberText.shown(-2));
        // 100000000000.5 has 13 significant digits and is exact: a tie at 12, away from zero
        assertEquals("100000000001", NumberText.shown(100000000000.5));
        assertEquals("-100000000001", NumberText.shown(-100000000000.5));
        assertEquals("0.1", NumberText.shown(0.1000000000005), "just below the tie: 0.100000000000|4999...");
        assertEquals("0.125", NumberText.shown(0.125));
        assertEquals("123456789012000", NumberText.shown(123456789012345.0), "exponent 14: still plain");
        assertEquals("1e15", NumberText.shown(1e15));
        assertEquals("1e15", NumberText.shown(999999999999999.9), "rounds up to exponent 15, so scientific");
        assertEquals("1.5e20", NumberText.shown(1.5e20));
        assertEquals("0.000001", NumberText.shown(1e-6), "exponent -6: still plain");
        assertEquals("1.5e-7", NumberText.shown(1.5e-7));
        assertEquals("-1.5e-7", NumberText.shown(-1.5e-7));
        assertEquals("4.94065645841e-324", NumberText.shown(Double.MIN_VALUE), "4.940656458412465...e-324");
        assertEquals("1.79769313486e308", NumberText.shown(Double.MAX_VALUE));
        assertEquals("0", NumberText.shown(0.0));
        assertEquals("0", NumberText.shown(-0.0));
        assertEquals("NaN", NumberText.shown(Double.NaN));
        assertEquals("Infinity", NumberText.shown(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", NumberText.shown(Double.NEGATIVE_INFINITY));
    }

    /** One core rounds to digits and to decimals: the same ties go the same way, away from zero, in both. */
    @Test
    void significantDigitsAndDecimalsRoundTiesAlike() {
        for (ShownSpec two : List.of(new ShownSpec.Significant(2), new ShownSpec.Decimals(2))) {
            assertEquals("0.13", NumberText.shown(0.125, two), two.toString());
            assertEquals("-0.13", NumberText.shown(-0.125, two), two.toString());
            assertEquals("0.14", NumberText.shown(0.145, two), "just below the tie at " + two);
        }
        for (ShownSpec one : List.of(new ShownSpec.Significant(1), new ShownSpec.Decimals(0))) {
            assertEquals("3", NumberText.shown(2.5, one), one.toString());
            assertEquals("-3", NumberText.shown(-2.5, one), one.toString());
        }
    }

    @Test
    void shownAtSignificantDigitsKeepsTrailingZeros() {
        ShownSpec sig3 = new ShownSpec.Significant(3), sig2 = new ShownSpec.Significant(2);
        assertEquals("0.0146", NumberText.shown(0.014644660940672627, sig3));
        assertEquals("1.50", NumberText.shown(1.5, sig3));
        assertEquals("1200", NumberText.shown(1234, sig2));
        assertEquals("9.99", NumberText.shown(9.995, sig3), "9.9949999999999992...");
        assertEquals("10.0", NumberText.shown(9.9951, sig3));
        assertEquals("1.50e-7", NumberText.shown(1.5e-7, sig3));
        assertEquals("0.00000150", NumberText.shown(1.5e-6, sig3));
        assertEquals("1.0e15", NumberText.shown(1e15, sig2));
        assertEquals("1.0000000000000000000e15", NumberText.shown(1e15, new ShownSpec.Significant(20)));
        assertEquals("-6.02e23", NumberText.shown(-6.02214076e23, sig3));
        assertEquals("0", NumberText.shown(0, sig3));
        assertEquals("0", NumberText.shown(-0.0, sig3));
        assertEquals("NaN", NumberText.shown(Double.NaN, sig3));
        assertEquals("-Infinity", NumberText.shown(Double.NEGATIVE_INFINITY, sig3));
    }

    @Test
    void shownAtDecimalsIsAlwaysPlain() {
        ShownSpec dp2 = new ShownSpec.Decimals(2);
        assertEquals("0.10", NumberText.shown(0.1, dp2));
        assertEquals("1.00", NumberText.shown(1.005, dp2));
        assertEquals("0.00", NumberText.shown(0, dp2));
        assertEquals("0.00", NumberText.shown(-0.0, dp2));
        assertEquals("0.00", NumberText.shown(-0.001, dp2), "no negative zero");
        assertEquals("0.000", NumberText.shown(1e-7, new ShownSpec.Decimals(3)));
        assertEquals("100000000000000000000.0", NumberText.shown(1e20, new ShownSpec.Decimals(1)));
        assertEquals("Infinity", NumberText.shown(Double.POSITIVE_INFINITY, dp2));
        assertEquals("(3.0, 4.0)", NumberText.vector(new double[] {3, 4}, d -> NumberText.shown(d, new ShownSpec.Decimals(1))));
    }

    /** HALF_UP, as every other style: until this class the check table alone rounded half to even. */
    @Test
    void readableIsSixSignificantDigitsRoundedHalfAwayFromZero() {
        assertEquals("3.4", NumberText.readable(3.4000000000000004));
        assertEquals("0.0146447", NumberText.readable(0.014644660940672627));
        assertEquals("1234.13", NumberText.readable(1234.125), "a tie: half to even gave 1234.12");
        assertEquals("-1234.13", NumberText.readable(-1234.125));
        assertEquals("0.000976563", NumberText.readable(0.0009765625), "2^-10, a tie: half to even gave 0.000976562");
        assertEquals("100001", NumberText.readable(100000.5), "a tie: half to even gave 100000");
        assertEquals("1234.14", NumberText.readable(1234.145), "just below the tie");
        assertEquals("2.5", NumberText.readable(2.5));
        assertEquals("1.23457e-9", NumberText.readable(1.23456789e-9));
        assertEquals("6.02214e23", NumberText.readable(6.02214076e23));
        assertEquals("1e15", NumberText.readable(999999999999999.0), "rounds to exponent 15");
        assertEquals("0", NumberText.readable(-0.0));
        assertEquals("NaN", NumberText.readable(Double.NaN));
        assertEquals("Infinity", NumberText.readable(Double.POSITIVE_INFINITY));
    }

    @Test
    void exactIsTheDoubleItself() {
        assertEquals("750", NumberText.exact(750));
        assertEquals("-2", NumberText.exact(-2));
        assertEquals("0", NumberText.exact(-0.0));
        assertEquals("3.4000000000000004", NumberText.exact(3.4000000000000004));
        assertEquals("0.145", NumberText.exact(0.145), "the shortest decimal that reads back as the double, not rounded");
        assertEquals("2.5", NumberText.exact(2.5));
        assertEquals("-0.125", NumberText.exact(-0.125));
        assertEquals("10000000", NumberText.exact(1e7), "whole numbers below 10^15 in full");
        assertEquals("999999999999999", NumberText.exact(999999999999999.0));
        assertEquals("1.0E15", NumberText.exact(1e15));
        assertEquals("1.0E-5", NumberText.exact(1e-5));
        assertEquals("15000000", NumberText.exact(1.5e7));
        assertEquals("1.50000005E7", NumberText.exact(15000000.5));
        assertEquals("4.9E-324", NumberText.exact(Double.MIN_VALUE));
        assertEquals("NaN", NumberText.exact(Double.NaN));
        assertEquals("-Infinity", NumberText.exact(Double.NEGATIVE_INFINITY));
        assertEquals("(3.4000000000000004, 0, -1.0E-5)", NumberText.vector(new double[] {3.4000000000000004, 0, -1e-5}, NumberText::exact));
    }

    @Test
    void suggestionIsThreeSignificantDigitsWithTrailingZeros() {
        assertEquals("9.54e-7", NumberText.suggestion(9.5367e-7));
        assertEquals("1.50", NumberText.suggestion(1.5));
        assertEquals("2.30", NumberText.suggestion(2.3));
        assertEquals("-0.0754", NumberText.suggestion(-0.07541));
        assertEquals("0.125", NumberText.suggestion(0.125));
        assertEquals("2.13", NumberText.suggestion(2.125), "a tie");
        assertEquals("-2.13", NumberText.suggestion(-2.125));
        assertEquals("2.50", NumberText.suggestion(2.5));
        assertEquals("2.67", NumberText.suggestion(2.675), "just below the tie");
        assertEquals("1230000", NumberText.suggestion(1234567));
        assertEquals("1.23e7", NumberText.suggestion(12345678));
        assertEquals("6.02e23", NumberText.suggestion(6.02214076e23));
        assertEquals("0.000100", NumberText.suggestion(1e-4));
        assertEquals("9.99e-5", NumberText.suggestion(9.99e-5));
        // The exponent of the rounded digits decides: 0.000099996 is 0.000100 at three digits, 9999999.9 is 1.00e7.
        assertEquals("0.000100", NumberText.suggestion(0.000099996));
        assertEquals("1.00e7", NumberText.suggestion(9999999.9));
        assertEquals("0", NumberText.suggestion(0));
        assertEquals("0", NumberText.suggestion(-0.0));
        assertEquals("NaN", NumberText.suggestion(Double.NaN));
        assertEquals("Infinity", NumberText.suggestion(Double.POSITIVE_INFINITY));
        assertEquals("(1.00, 0.230)", NumberText.vector(new double[] {1, 0.23}, NumberText::suggestion));
    }

    @Test
    void tableIsFourSignificantDigitsOrTheWholeNumberWithARealMinus() {
        assertEquals("0.01464", NumberText.table(0.014644660940672627));
        assertEquals("10000", NumberText.table(10000));
        assertEquals("123456789", NumberText.table(123456789), "whole numbers in full");
        assertEquals(m("-1.334"), NumberText.table(-1.33423));
        assertEquals(m("1.235e-7"), NumberText.table(1.23456e-7));
        assertEquals("1.063", NumberText.table(1.0625), "a tie");
        assertEquals(m("-1.063"), NumberText.table(-1.0625));
        assertEquals("1", NumberText.table(1.0005), "just below the tie: 1.000|4999..., trailing zeros dropped");
        assertEquals("2.5", NumberText.table(2.5));
        assertEquals("1235000", NumberText.table(1234567.5));
        assertEquals("1e7", NumberText.table(9999999.9), "rounds to exponent 7");
        assertEquals("1e20", NumberText.table(1e20));
        assertEquals(m("-1.235e15"), NumberText.table(-1234567890123456.0), "whole, but past 10^15");
        assertEquals("0", NumberText.table(-0.0));
        assertEquals("NaN", NumberText.table(Double.NaN));
        assertEquals(m("-Infinity"), NumberText.table(Double.NEGATIVE_INFINITY));
    }

    @Test
    void ticksAreRoundedToTheStepsLastPlace() {
        assertEquals("0.3", NumberText.tick(0.30000000000000004, 0.1));
        assertEquals(m("-0.3"), NumberText.tick(-0.30000000000000004, 0.1));
        assertEquals("0", NumberText.tick(0, 0.1));
        assertEquals("0", NumberText.tick(-0.0, 1));
        assertEquals("0", NumberText.tick(-1e-17, 0.1), "no negative zero");
        assertEquals("4000", NumberText.tick(4000.0000000001, 2000));
        assertEquals("0.25", NumberText.tick(0.25, 0.05));
        assertEquals("0.13", NumberText.tick(0.125, 0.01), "a tie");
        assertEquals(m("-0.13"), NumberText.tick(-0.125, 0.01));
        assertEquals("0.14", NumberText.tick(0.145, 0.01), "just below the tie");
        assertEquals("0.001", NumberText.tick(0.001, 0.001));
        assertEquals("0.0001", NumberText.tick(1e-4, 1e-4), "a step of 10^-4: still plain");
        assertEquals(m("2e-5"), NumberText.tick(2e-5, 1e-5), "a step below 10^-4: scientific");
        assertEquals(m("1.5e-5"), NumberText.tick(1.5e-5, 5e-6));
        assertEquals(m("3e-9"), NumberText.tick(3.0000000000000004e-9, 1e-9));
        assertEquals("100000", NumberText.tick(100000, 100000));
        assertEquals("1e6", NumberText.tick(1e6, 5e5), "10^6 and above: scientific");
        assertEquals("4e6", NumberText.tick(4e6, 2e6));
        assertEquals(m("-2.5e20"), NumberText.tick(-2.5e20, 5e19));
    }

    @Test
    void restatedKeepsTheAuthorsDecimalsOrSignificantDigitsAndSigns() {
        assertEquals("0.13", NumberText.restated(0.125, new Written.Plain(2, false, false)));
        assertEquals("-0.13", NumberText.restated(-0.125, new Written.Plain(2, false, false)));
        assertEquals("0.14", NumberText.restated(0.145, new Written.Plain(2, false, false)));
        assertEquals("3", NumberText.restated(2.5, new Written.Plain(0, false, false)));
        assertEquals("-3", NumberText.restated(-2.5, new Written.Plain(0, false, false)));
        assertEquals("0.000", NumberText.restated(1e-9, new Written.Plain(3, false, false)), "plain stays plain");
        assertEquals("100000000000000000000", NumberText.restated(1e20, new Written.Plain(0, false, false)));
        assertEquals(MINUS + "0.075", NumberText.restated(-0.07540259369741809, new Written.Plain(3, true, false)));
        assertEquals("+0.0754", NumberText.restated(0.07540259369741809, new Written.Plain(4, false, true)));
        assertEquals("-0.0754", NumberText.restated(-0.07540259369741809, new Written.Plain(4, false, true)), "+ only on a positive");
        assertEquals("0.00", NumberText.restated(-0.0, new Written.Plain(2, false, false)));

        assertEquals("1.46e-2", NumberText.restated(0.014644660940672627, new Written.Scientific(3, 'e', false, false)));
        assertEquals("9.80E-7", NumberText.restated(9.8e-7, new Written.Scientific(3, 'E', false, false)));
        assertEquals("1.50e0", NumberText.restated(1.5, new Written.Scientific(3, 'e', false, false)));
        assertEquals("3e0", NumberText.restated(2.5, new Written.Scientific(1, 'e', false, false)), "a tie");
        assertEquals(MINUS + "3e0", NumberText.restated(-2.5, new Written.Scientific(1, 'e', true, false)));
        assertEquals("1.4e-1", NumberText.restated(0.145, new Written.Scientific(2, 'e', false, false)), "just below the tie");
        assertEquals("1.0e1", NumberText.restated(9.96, new Written.Scientific(2, 'e', false, false)), "rounds up a decade");
        assertEquals("6.022E23", NumberText.restated(6.02214076e23, new Written.Scientific(4, 'E', false, false)));
        assertEquals("1.0e-300", NumberText.restated(1e-300, new Written.Scientific(2, 'e', false, false)));
        assertEquals("+5.0e-1", NumberText.restated(0.5, new Written.Scientific(2, 'e', false, true)));
        assertEquals("0.00e0", NumberText.restated(0, new Written.Scientific(3, 'e', false, false)));
    }

    @Test
    void aVectorIsWrittenOnceInAnyStyle() {
        assertEquals("(3.4, 0.3)", NumberText.vector(new double[] {3.4000000000000004, 0.30000000000000004}, NumberText::shown));
        assertEquals("(1)", NumberText.vector(new double[] {1}, NumberText::shown));
        assertEquals("()", NumberText.vector(new double[] {}, NumberText::shown));
    }
}
