package courseware.engine.schedule;

import courseware.engine.Check;

/**
 * transformers' LambdaLR schedules with warmup (src/transformers/optimization.py): the factor rises as
 * step / max(1, W) for step < W (from 0), then follows the shape with progress = (step - W) / max(1, T - W),
 * times the optimizer's rate {@code peak}:
 * LINEAR {@code max(0, (T - step) / max(1, T - W))} (get_linear_schedule_with_warmup, 0 after T);
 * COSINE {@code max(0, (1 + cos(pi * cycles * 2 * progress)) / 2)} (get_cosine_schedule_with_warmup, keeps
 * following the cosine after T);
 * HARD_RESTARTS {@code 0 if progress >= 1 else max(0, (1 + cos(pi * ((cycles * progress) % 1))) / 2)}
 * (get_cosine_with_hard_restarts_schedule_with_warmup);
 * POLYNOMIAL {@code ((peak - end) * (1 - (step - W) / (T - W))^power + end) / peak}, {@code end / peak} after T
 * (get_polynomial_decay_schedule_with_warmup, which needs peak > end).
 */
record TransformersWarmupSchedule(Shape shape, double peak, long warmup, long total, double cycles, double end,
        double power) implements Schedule {

    enum Shape { LINEAR, COSINE, HARD_RESTARTS, POLYNOMIAL }

    TransformersWarmupSchedule {
        String what = "transformers " + shape.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " schedule";
        Check.finite(what, "peak (the optimizer's rate)", peak);
        Check.nonNegative(what, "warmup steps", warmup);
        Check.nonNegative(what, "training steps", total);
        Check.finite(what, "num_cycles", cycles);
        Check.finite(what, "end rate", end);
        Check.finite(what, "power", power);
        if (shape == Shape.POLYNOMIAL && !(peak > end)) {
            // optimization.py: raise ValueError(f"lr_end ({lr_end}) must be smaller than initial lr ({lr_init})")
            throw Check.fail(what, "the end rate " + Check.show(end) + " must be smaller than the peak "
                    + Check.show(peak) + " (transformers raises ValueError)");
        }
        if (shape == Shape.POLYNOMIAL && total <= warmup) {
            throw Check.fail(what, "training steps " + total + " must be more than the warmup steps " + warmup
                    + " (transformers divides by their difference)");
        }
    }

    @Override
    public double at(long step) {
        Check.step("transformers schedule", step);
        return peak * factor(step);
    }

    private double factor(long step) {
        if (step < warmup) {
            return (double) step / (double) Math.max(1, warmup);
        }
        double progress = (double) (step - warmup) / (double) Math.max(1, total - warmup);
        switch (shape) {
            case LINEAR:
                return Math.max(0.0, (double) (total - step) / (double) Math.max(1, total - warmup));
            case COSINE:
                return Math.max(0.0, 0.5 * (1.0 + StrictMath.cos(Math.PI * cycles * 2.0 * progress)));
            case HARD_RESTARTS:
                if (progress >= 1.0) {
                    return 0.0;
                }
                return Math.max(0.0, 0.5 * (1.0 + StrictMath.cos(Math.PI * pyMod(cycles * progress, 1.0))));
            default: {
                if (step > total) {
                    return end / peak; // "as LambdaLR multiplies by lr_init"
                }
                double lrRange = peak - end;
                long decaySteps = total - warmup;
                double pctRemaining = 1 - (double) (step - warmup) / decaySteps;
                double decay = lrRange * StrictMath.pow(pctRemaining, power) + end;
                return decay / peak;
            }
        }
    }

    /** Python's float %, whose result takes the divisor's sign. */
    private static double pyMod(double a, double b) {
        double r = a % b;
        return r != 0 && (r < 0) != (b < 0) ? r + b : r;
    }
}
