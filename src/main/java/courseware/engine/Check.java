package courseware.engine;

/** Argument validation with messages that name the operation, the parameter and the offending value. */
public final class Check {
    private Check() {
    }

    /** Prints whole numbers without ".0" so messages read like the lesson text ("got 0"). */
    public static String show(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    public static IllegalArgumentException fail(String what, String message) {
        return new IllegalArgumentException(what + ": " + message);
    }

    public static double finite(String what, String name, double v) {
        if (!Double.isFinite(v)) {
            throw fail(what, name + " must be a finite number, got " + show(v));
        }
        return v;
    }

    public static double positive(String what, String name, double v) {
        finite(what, name, v);
        if (!(v > 0)) {
            throw fail(what, name + " must be > 0, got " + show(v));
        }
        return v;
    }

    public static double nonNegative(String what, String name, double v) {
        finite(what, name, v);
        if (!(v >= 0)) {
            throw fail(what, name + " must be >= 0, got " + show(v));
        }
        return v;
    }

    /** Closed interval [lo, hi]. */
    public static double between(String what, String name, double v, double lo, double hi) {
        finite(what, name, v);
        if (v < lo || v > hi) {
            throw fail(what, name + " must be between " + show(lo) + " and " + show(hi) + ", got " + show(v));
        }
        return v;
    }

    /** Half-open interval [lo, hi), e.g. Adam's betas. */
    public static double inHalfOpen(String what, String name, double v, double lo, double hi) {
        finite(what, name, v);
        if (v < lo || v >= hi) {
            throw fail(what, name + " must be in [" + show(lo) + ", " + show(hi) + "), got " + show(v));
        }
        return v;
    }

    public static long positive(String what, String name, long v) {
        if (v <= 0) {
            throw fail(what, name + " must be > 0, got " + v);
        }
        return v;
    }

    public static long nonNegative(String what, String name, long v) {
        if (v < 0) {
            throw fail(what, name + " must be >= 0, got " + v);
        }
        return v;
    }

    public static long step(String what, long step) {
        return nonNegative(what, "step", step);
    }

    public static long iterations(String what, String name, long n) {
        nonNegative(what, name, n);
        if (n > Limits.MAX_ITERATIONS) {
            throw fail(what, name + " must be at most " + Limits.MAX_ITERATIONS
                    + " (Limits.MAX_ITERATIONS), got " + n);
        }
        return n;
    }

    public static <T> T notNull(String what, String name, T v) {
        if (v == null) {
            throw fail(what, name + " must not be null");
        }
        return v;
    }

    /** A vector of allowed size; its entries may be non-finite (callers report that in their results). */
    public static double[] vector(String what, String name, double[] v) {
        notNull(what, name, v);
        if (v.length == 0) {
            throw fail(what, name + " must have at least one coordinate, got none");
        }
        if (v.length > Limits.MAX_DIMENSION) {
            throw fail(what, name + " must have at most " + Limits.MAX_DIMENSION
                    + " coordinates (Limits.MAX_DIMENSION), got " + v.length);
        }
        return v;
    }

    public static double[] finiteVector(String what, String name, double[] v) {
        vector(what, name, v);
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw fail(what, name + "[" + i + "] must be a finite number, got " + show(v[i]));
            }
        }
        return v;
    }

    public static void sameLength(String what, String name, double[] v, int expected) {
        notNull(what, name, v);
        if (v.length != expected) {
            throw fail(what, name + " must have " + expected + " coordinates, got " + v.length);
        }
    }

    public static boolean allFinite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }
}
