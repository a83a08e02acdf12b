package courseware.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import courseware.parse.Statements;
import org.junit.jupiter.api.Test;

/** The written-precision rule of docs/authoring.md, case by case. */
class ToleranceTest {
    private static Tolerance written(String s) {
        return Tolerance.of(new BigDecimal(s), new courseware.model.ToleranceSpec.Written());
    }

    @Test
    void acceptsWhatRoundsHalfAwayFromZeroToTheStatedDigits() {
        Tolerance t = written("0.0146");
        assertEquals("[0.01455, 0.01465)", t.toString());
        assertTrue(t.accepts(0.014644660940672627));
        assertTrue(t.accepts(0.01455), "the lower boundary rounds up to 0.0146");
        assertFalse(t.accepts(Math.nextUp(0.01465)), "just above the upper boundary rounds up to 0.0147");
        assertFalse(t.accepts(0.0164));
    }

    @Test
    void boundariesAreJudgedOnTheExactBinaryValue() {
        // The double nearest 0.01465 is 0.0146499999...: exactly, it rounds to 0.0146.
        assertTrue(new BigDecimal(0.01465).compareTo(new BigDecimal("0.01465")) < 0);
        assertTrue(written("0.0146").accepts(0.01465));
        // Boundaries that are exact doubles: half away from zero.
        assertTrue(written("1").accepts(0.5));
        assertFalse(written("1").accepts(1.5));
        assertTrue(written("-1").accepts(-0.5));
        assertFalse(written("-1").accepts(-1.5));
    }

    @Test
    void trailingZerosAndWholeNumbersCount() {
        assertEquals("[0.495, 0.505)", written("0.50").toString());
        assertEquals("[9.5, 10.5)", written("10").toString());
        assertTrue(written("10").accepts(10.0));
        assertFalse(written("0.50").accepts(0.506));
    }

    @Test
    void negativeNumbersMirrorPositiveOnes() {
        Tolerance t = written("-0.0146");
        assertEquals("(-0.01465, -0.01455]", t.toString());
        assertTrue(t.accepts(-0.0146));
        assertFalse(t.accepts(Math.nextDown(-0.01465)));
    }

    @Test
    void zeroExcludesBothBoundaries() {
        Tolerance t = written("0.00");
        assertEquals("(-0.005, 0.005)", t.toString());
        assertTrue(t.accepts(0.0049));
        assertFalse(t.accepts(0.005));
        assertFalse(t.accepts(-0.005));
    }

    @Test
    void scientificNotationCountsTheMantissaDigits() {
        assertEquals("[0.0000009535, 0.0000009545)", written("9.54e-7").toString());
        assertTrue(written("9.54e-7").accepts(9.536743e-7));
        assertEquals("[500, 1500)", written("1e3").toString());
    }

    @Test
    void overridesWidenOrNarrowTheInterval() {
        BigDecimal s = new BigDecimal("4.58");
        assertEquals("[4.57, 4.59]", Tolerance.of(s, Statements.tolerance("abs 0.01")).toString());
        assertTrue(Tolerance.of(s, Statements.tolerance("rel 1%")).accepts(4.62));
        assertFalse(Tolerance.of(s, Statements.tolerance("rel 0.001")).accepts(4.59));
        assertEquals("[4550, 4650)", Tolerance.of(new BigDecimal("4580"), Statements.tolerance("sig 2")).toString());
        assertThrows(IllegalArgumentException.class, () -> Tolerance.of(s, Statements.tolerance("approx 2")));
        assertThrows(IllegalArgumentException.class, () -> Tolerance.of(s, Statements.tolerance("sig 0")));
    }

    @Test
    void nonFiniteValuesNeverPass() {
        assertFalse(written("0").accepts(Double.NaN));
        assertFalse(written("0").accepts(Double.POSITIVE_INFINITY));
    }

    @Test
    void numeralsAcceptSignsAndTheUnicodeMinus() {
        assertEquals(java.util.Optional.of(new BigDecimal("-0.5")), courseware.model.Numeral.read("\u22120.5"));
        assertEquals(java.util.Optional.of(new BigDecimal("3")), courseware.model.Numeral.read("+3"));
        assertEquals(java.util.Optional.empty(), courseware.model.Numeral.read("1,000"));
        assertEquals(java.util.Optional.empty(), courseware.model.Numeral.read("about 3"));
    }

    @Test
    void significantFiguresAreOneDecadeFinerBelowAPowerOfTen() {
        Tolerance t = Tolerance.of(new BigDecimal("99.5"), Statements.tolerance("sig 2"));
        assertEquals("[99.5, 105)", t.toString(), "99.5 at 2 figures is 100; just below 100 the figures are tenths");
        assertFalse(t.accepts(99.4), "99.4 rounds to 99 at 2 figures");
        assertTrue(t.accepts(104.9));
        assertEquals("(-105, -99.5]", Tolerance.of(new BigDecimal("-99.5"), Statements.tolerance("sig 2")).toString());
    }

    @Test
    void absurdNumeralsAreRejectedNotExpanded() {
        assertEquals(java.util.Optional.empty(), courseware.model.Numeral.read("1e99999999999"));
        assertEquals("[0.5e-998, 1.5e-998)".replace("0.5e-998", "5E-999").replace("1.5e-998", "1.5E-998"),
                written("1e-998").toString());
    }
}
