package courseware.check;

import static courseware.check.EvaluatorTest.num;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * f32, ulp, ulp32 and logsumexp. Expected values come from IEEE 754 and the Java documentation of
 * the (float) cast (JLS 5.1.3, round to nearest, ties to even), Math.ulp and Float.MAX_VALUE /
 * MIN_VALUE, written as exact powers of two; logsumexp from scipy's special/tests/test_logsumexp.py.
 */
class FloatingPointFunctionsTest {

    @Test
    void f32RoundsToTheNearestFloatTiesToEven() throws ExprException {
        // The float32 nearest 0.1 is 13421773 * 2^-27 = 0.100000001490116119384765625 exactly.
        assertEquals(new BigDecimal("0.100000001490116119384765625"), new BigDecimal(num("f32(0.1)")));
        // 1 + 2^-24 lies halfway between 1 and 1 + 2^-23: the tie goes to 1, whose significand is even.
        assertEquals(1.0, num("f32(1 + 2^-24)"));
        // 1 + 3 * 2^-24 lies halfway between 1 + 2^-23 (odd) and 1 + 2^-22 (even).
        assertEquals(1 + 0x1p-22, num("f32(1 + 3*2^-24)"));
        // Just above the first tie, the value rounds up.
        assertEquals(1 + 0x1p-23, num("f32(1 + 2^-24 + 2^-40)"));
        // An update of 1e-8 is below half an ulp of 1 (2^-24), so it is lost.
        assertEquals(1.0, num("f32(1 + 1e-8)"));
        // Float.MAX_VALUE = (2 - 2^-23) * 2^127 and Float.MIN_VALUE = 2^-149 (subnormal) are float32 values.
        assertEquals((2 - 0x1p-23) * 0x1p127, num("f32((2 - 2^-23)*2^127)"));
        assertEquals(0x1p-149, num("f32(2^-149)"));
        assertEquals(-1.0, num("f32(-1 - 2^-24)"));
    }

    @Test
    void f32OfAFloat32OverflowIsReportedNotReturned() {
        // Above Float.MAX_VALUE + half its ulp (2^104) the cast gives infinity, which lessons never see as a number.
        ExprException e = assertThrows(ExprException.class, () -> num("f32(2^128)"));
        assertEquals("the result is Infinity (not a finite number)", e.getMessage());
    }

    @Test
    void ulpIsTheGapToTheNextDoubleAwayFromZero() throws ExprException {
        assertEquals(0x1p-52, num("ulp(1)"));
        assertEquals(0x1p-52, num("ulp(-1)"));
        // 0.1 lies in [2^-4, 2^-3), so its ulp is 2^(-4-52).
        assertEquals(0x1p-56, num("ulp(0.1)"));
        assertEquals(1.0, num("ulp(2^52)"));
        // Math.ulp(0) is Double.MIN_VALUE, the smallest subnormal 2^-1074.
        assertEquals(0x1p-1074, num("ulp(0)"));
    }

    @Test
    void ulp32IsTheGapBetweenFloat32Values() throws ExprException {
        assertEquals(0x1p-23, num("ulp32(1)"));
        assertEquals(0x1p-27, num("ulp32(0.1)"));
        // At 2^24 the float32 values are 2 apart: 2^24 + 1 is not one of them.
        assertEquals(2.0, num("ulp32(2^24)"));
    }

    @Test
    void logsumexpIsFiniteWhereExpOverflows() throws ExprException {
        // scipy special/tests/test_logsumexp.py: b = [1000, 1000], desired = 1000.0 + log(2.0).
        assertEquals(1000 + Math.log(2), num("logsumexp((1000, 1000))"), 1e-12);
        assertEquals(Math.log(2), num("logsumexp((0, 0))"), 1e-15);
        assertEquals(-1000 + Math.log(2), num("logsumexp((-1000, -1000))"), 1e-12);
        // log(e^1 + e^2 + e^3) = 3 + log(1 + e^-1 + e^-2)
        assertEquals(3 + Math.log(1 + Math.exp(-1) + Math.exp(-2)), num("logsumexp((1, 2, 3))"), 1e-15);
    }
}
