package courseware.engine.schedule;

import courseware.engine.Check;
import courseware.engine.Convention;

/**
 * Linear warmup from {@code init} to {@code peak} over W steps, then cosine decay to {@code end}; {@code totalSteps}
 * always counts the warmup too (cosine length T - W). See docs/engine.md for how each library spells this.
 */
record WarmupCosineSchedule(double init, double peak, long warmupSteps, long totalSteps, double end,
        Convention convention) implements Schedule {
    private static final String WHAT = "warmup cosine";

    WarmupCosineSchedule {
        Check.finite(WHAT, "initial value", init);
        Check.finite(WHAT, "peak value", peak);
        Check.nonNegative(WHAT, "warmup steps W", warmupSteps);
        Check.positive(WHAT, "total steps T", totalSteps);
        Check.finite(WHAT, "end value", end);
        Check.notNull(WHAT, "convention", convention);
        if (totalSteps <= warmupSteps) {
            throw Check.fail(WHAT, "total steps T (warmup included) must be > warmup steps W = "
                    + warmupSteps + ", got " + totalSteps);
        }
        if (convention == Convention.TRANSFORMERS && init != 0) {
            throw Check.fail(WHAT, "transformers' warmup always starts at 0, got initial value " + Check.show(init));
        }
        if (convention == Convention.PYTORCH && warmupSteps > 0 && !(init > 0 && init <= peak)) {
            throw Check.fail(WHAT, "PyTorch LinearLR needs 0 < start_factor = init/peak <= 1, got init "
                    + Check.show(init) + " and peak " + Check.show(peak));
        }
        if ((convention == Convention.TRANSFORMERS) && peak == 0 && end != 0) {
            throw Check.fail(WHAT, "transformers expresses the end value as a fraction of the peak,"
                    + " so the peak must not be 0 when the end value is " + Check.show(end));
        }
    }

    @Override
    public double at(long step) {
        Check.step(WHAT, step);
        long decay = totalSteps - warmupSteps;
        switch (convention) {
            case OPTAX:
                // join_schedules([linear_schedule(init, peak, W), cosine_decay_schedule(peak, T - W, end/peak)], [W])
                if (step < warmupSteps) {
                    double frac = 1 - (double) step / warmupSteps;
                    return (init - peak) * frac + peak;
                }
                return new CosineDecaySchedule(peak, decay, end, peak == 0.0 ? 0.0 : end / peak, Convention.OPTAX)
                        .at(step - warmupSteps);
            case PYTORCH:
                // SequentialLR([LinearLR(init/peak, 1, W), CosineAnnealingLR(T - W, end)], [W]) closed forms
                if (step < warmupSteps) {
                    double startFactor = init / peak;
                    return peak * (startFactor + (1 - startFactor) * Math.min(warmupSteps, step) / warmupSteps);
                }
                return new CosineDecaySchedule(peak, decay, end, Convention.PYTORCH).at(step - warmupSteps);
            case TRANSFORMERS:
                return peak * TransformersCosine.factor(step, warmupSteps, totalSteps, peak == 0 ? 0 : end / peak);
            default:
                if (step < warmupSteps) {
                    return init + (peak - init) * step / warmupSteps;
                }
                return new CosineDecaySchedule(peak, decay, end, Convention.TEXTBOOK).at(step - warmupSteps);
        }
    }
}
