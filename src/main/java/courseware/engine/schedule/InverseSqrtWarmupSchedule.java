package courseware.engine.schedule;

import courseware.engine.Check;

/**
 * transformers {@code get_inverse_sqrt_schedule}: peak * step / W during warmup (from 0), then
 * peak / sqrt((step + timescale - W) / timescale), which equals peak * sqrt(W / step) when timescale = W.
 */
record InverseSqrtWarmupSchedule(double peak, long warmupSteps, long timescale) implements Schedule {
    private static final String WHAT = "inverse square root with warmup";

    InverseSqrtWarmupSchedule {
        Check.finite(WHAT, "peak value", peak);
        Check.nonNegative(WHAT, "warmup steps W", warmupSteps);
        Check.positive(WHAT, "timescale", timescale);
    }

    @Override
    public double at(long step) {
        Check.step(WHAT, step);
        double factor;
        if (step < warmupSteps) {
            factor = (double) step / Math.max(1, warmupSteps);
        } else {
            long shift = timescale - warmupSteps;
            factor = 1.0 / StrictMath.sqrt((double) (step + shift) / timescale);
        }
        return peak * factor;
    }
}
