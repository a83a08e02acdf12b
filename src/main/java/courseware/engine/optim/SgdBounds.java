package courseware.engine.optim;

import courseware.engine.Check;

/** Convergence bounds quoted in the SGD lessons. */
public final class SgdBounds {
    private SgdBounds() {
    }

    /**
     * Non-convex SGD with step 1/L and batch size B: min_k E||grad f(x_k)||^2 <= 2 L (f0 - f*) / K + sigma^2 / B,
     * where sigma^2 bounds the per-example gradient variance.
     */
    public static double nonConvex(double smoothnessL, double f0, double fStar, long iterations, double sigma,
            long batchSize) {
        String what = "non-convex SGD bound";
        Check.positive(what, "smoothness L", smoothnessL);
        Check.finite(what, "f0", f0);
        Check.finite(what, "f*", fStar);
        if (f0 < fStar) {
            throw Check.fail(what, "f0 must be >= f* (the optimum), got f0 = " + Check.show(f0) + " and f* = "
                    + Check.show(fStar));
        }
        Check.positive(what, "iterations K", iterations);
        Check.nonNegative(what, "gradient noise sigma", sigma);
        Check.positive(what, "batch size B", batchSize);
        return 2 * smoothnessL * (f0 - fStar) / iterations + sigma * sigma / batchSize;
    }
}
