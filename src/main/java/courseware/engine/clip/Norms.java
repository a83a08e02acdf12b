package courseware.engine.clip;

/** Vector p-norms; p = +infinity is the max norm. */
final class Norms {
    private Norms() {
    }

    static double norm(double[] v, double p) {
        if (p == Double.POSITIVE_INFINITY) {
            double max = 0;
            for (double x : v) {
                double a = Math.abs(x);
                if (a > max || Double.isNaN(a)) {
                    max = a;
                    if (Double.isNaN(a)) {
                        return Double.NaN;
                    }
                }
            }
            return max;
        }
        if (p == 2) {
            return l2(v);
        }
        if (p == 1) {
            double sum = 0;
            for (double x : v) {
                sum += Math.abs(x);
            }
            return sum;
        }
        double sum = 0;
        for (double x : v) {
            sum += StrictMath.pow(Math.abs(x), p);
        }
        return StrictMath.pow(sum, 1 / p);
    }

    /**
     * sqrt(sum of squares), summed left to right like the textbook; only if that overflows (or underflows to 0
     * with non-zero entries) do we rescale by the largest entry, so ordinary inputs give the plain formula's bits.
     */
    static double l2(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        if (Double.isFinite(sum) && (sum != 0 || allZero(v))) {
            return StrictMath.sqrt(sum);
        }
        double scale = norm(v, Double.POSITIVE_INFINITY);
        if (!Double.isFinite(scale) || scale == 0) {
            return scale;
        }
        double scaled = 0;
        for (double x : v) {
            double r = x / scale;
            scaled += r * r;
        }
        return scale * StrictMath.sqrt(scaled);
    }

    private static boolean allZero(double[] v) {
        for (double x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
