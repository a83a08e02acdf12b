package courseware.engine.schedule;

import courseware.engine.Check;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * optax piecewise_interpolate_schedule(type, init, {boundary: scale}): the values are the running products
 * init, init*s1, init*s1*s2, ...; between consecutive boundaries the schedule interpolates linearly or by cosine
 * (interval sizes at least 1), and holds the last value from the last boundary on. Used by optax's
 * linear_onecycle_schedule.
 */
record PiecewiseInterpolateSchedule(boolean linear, long[] bounds, double[] values) implements Schedule {
    private static final String WHAT = "piecewise interpolation";

    /** {@code boundariesAndScales} as optax's dict: one scale per boundary, any order. */
    static PiecewiseInterpolateSchedule of(boolean linear, double init, Map<Long, Double> boundariesAndScales) {
        Check.finite(WHAT, "initial value", init);
        TreeMap<Long, Double> sorted = new TreeMap<>(boundariesAndScales);
        long[] bounds = new long[sorted.size() + 1];
        double[] values = new double[sorted.size() + 1];
        values[0] = init;
        int i = 1;
        for (Map.Entry<Long, Double> e : sorted.entrySet()) {
            Check.nonNegative(WHAT, "boundary", e.getKey());
            // optax: "`piecewise_interpolate_schedule` expects non-negative scale factors"
            Check.nonNegative(WHAT, "scale", e.getValue());
            bounds[i] = e.getKey();
            values[i] = values[i - 1] * e.getValue(); // jnp.cumprod
            i++;
        }
        return new PiecewiseInterpolateSchedule(linear, bounds, values);
    }

    PiecewiseInterpolateSchedule {
        bounds = bounds.clone();
        values = values.clone();
    }

    @Override
    public double at(long step) {
        Check.step(WHAT, step);
        int last = bounds.length - 1;
        if (bounds[last] <= step) {
            return values[last];
        }
        for (int i = 0; i < last; i++) {
            if (bounds[i] <= step && step < bounds[i + 1]) {
                double pct = (double) (step - bounds[i]) / Math.max(bounds[i + 1] - bounds[i], 1);
                return linear ? (values[i + 1] - values[i]) * pct + values[i]
                        : OneCyclePhases.cos(values[i], values[i + 1], pct);
            }
        }
        return 0; // before a first boundary > 0 cannot happen: bounds[0] is 0
    }

    @Override
    public long[] bounds() {
        return bounds.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PiecewiseInterpolateSchedule p && p.linear == linear && Arrays.equals(p.bounds, bounds)
                && Arrays.equals(p.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds) * 31 + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "PiecewiseInterpolateSchedule[linear=" + linear + ", bounds=" + Arrays.toString(bounds)
                + ", values=" + Arrays.toString(values) + "]";
    }
}
