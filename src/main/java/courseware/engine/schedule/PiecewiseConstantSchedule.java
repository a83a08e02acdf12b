package courseware.engine.schedule;

import courseware.engine.Check;
import java.util.Arrays;

/**
 * optax piecewise_constant_schedule(init, {boundary: scale}): from each boundary on, the value is multiplied by
 * that boundary's scale (one scale per boundary: optax takes a dict). Loop order and arithmetic as optax:
 * sorted boundaries, {@code v = v * indicator + (1 - indicator) * scale * v}.
 */
record PiecewiseConstantSchedule(double init, long[] boundaries, double[] scales) implements Schedule {
    private static final String WHAT = "piecewise constant";

    PiecewiseConstantSchedule {
        Check.finite(WHAT, "initial value", init);
        Check.notNull(WHAT, "boundaries", boundaries);
        Check.notNull(WHAT, "scales", scales);
        if (boundaries.length != scales.length) {
            throw Check.fail(WHAT, "needs one scale per boundary, got " + boundaries.length + " boundaries and "
                    + scales.length + " scales");
        }
        Integer[] order = new Integer[boundaries.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            Check.nonNegative(WHAT, "boundary " + i, boundaries[i]);
            // optax: "`piecewise_constant_schedule` expects non-negative scale factors"
            Check.nonNegative(WHAT, "scale " + i, scales[i]);
        }
        long[] b = boundaries.clone();
        double[] s = scales.clone();
        Arrays.sort(order, (x, y) -> Long.compare(b[x], b[y]));
        boundaries = new long[b.length];
        scales = new double[s.length];
        for (int i = 0; i < order.length; i++) {
            boundaries[i] = b[order[i]];
            scales[i] = s[order[i]];
            if (i > 0 && boundaries[i] == boundaries[i - 1]) {
                throw Check.fail(WHAT, "each boundary may appear once (optax takes a {boundary: scale} dict), got "
                        + boundaries[i] + " twice");
            }
        }
    }

    @Override
    public double at(long step) {
        Check.step(WHAT, step);
        double v = init;
        for (int i = 0; i < boundaries.length; i++) {
            double indicator = step < boundaries[i] ? 1 : 0; // max(0, sign(threshold - count))
            v = v * indicator + (1 - indicator) * scales[i] * v;
        }
        return v;
    }

    @Override
    public long[] boundaries() {
        return boundaries.clone();
    }

    @Override
    public double[] scales() {
        return scales.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PiecewiseConstantSchedule p && Double.compare(p.init, init) == 0
                && Arrays.equals(p.boundaries, boundaries) && Arrays.equals(p.scales, scales);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(boundaries) * 31 + Arrays.hashCode(scales);
    }

    @Override
    public String toString() {
        return "PiecewiseConstantSchedule[init=" + init + ", boundaries=" + Arrays.toString(boundaries)
                + ", scales=" + Arrays.toString(scales) + "]";
    }
}
