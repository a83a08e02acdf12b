package courseware.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tolerance helpers: expected values come from python3 (glibc libm), the engine uses StrictMath (fdlibm). */
public final class Near {
    private Near() {
    }

    /** |a - e| <= rel * |e| (or <= rel when e = 0). */
    public static void rel(double expected, double actual, double rel) {
        double tol = expected == 0 ? rel : rel * Math.abs(expected);
        assertTrue(Math.abs(actual - expected) <= tol,
                () -> "expected " + expected + " but got " + actual + " (relative tolerance " + rel + ")");
    }

    /** Within n units in the last place of the expected value. */
    public static void ulps(double expected, double actual, int n) {
        assertEquals(expected, actual, n * Math.ulp(expected), () -> "more than " + n + " ulp apart");
    }

    public static void rel(double[] expected, double[] actual, double rel) {
        assertEquals(expected.length, actual.length, "length");
        for (int i = 0; i < expected.length; i++) {
            rel(expected[i], actual[i], rel);
        }
    }
}
