package courseware.engine.schedule;

import courseware.engine.Check;

/** start + (peak - start) * step / W for step < W, then peak. */
record LinearWarmupSchedule(double start, double peak, long warmupSteps) implements Schedule {
    LinearWarmupSchedule {
        Check.finite("linear warmup", "start value", start);
        Check.finite("linear warmup", "peak value", peak);
        Check.positive("linear warmup", "warmup steps W", warmupSteps);
    }

    @Override
    public double at(long step) {
        Check.step("linear warmup", step);
        if (step >= warmupSteps) {
            return peak;
        }
        return start + (peak - start) * step / warmupSteps;
    }
}
