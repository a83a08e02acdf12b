package courseware.engine.schedule;

import courseware.engine.Check;
import courseware.engine.Convention;

/**
 * One-cycle policy with cosine annealing: from maxValue/div up to maxValue over the first pctStart of the cycle,
 * then down to maxValue/(div*finalDiv). PYTORCH follows OneCycleLR (phase ends at pct*total - 1 and total - 1,
 * a step past total_steps is an error); TEXTBOOK and OPTAX follow optax {@code cosine_onecycle_schedule}
 * (boundaries int(pct*T) and T, final value held after T).
 */
record OneCycleSchedule(double maxValue, long totalSteps, double pctStart, double divFactor,
        double finalDivFactor, Convention convention) implements Schedule {
    private static final String WHAT = "one-cycle";

    OneCycleSchedule {
        Check.finite(WHAT, "maximum value", maxValue);
        Check.positive(WHAT, "total steps", totalSteps);
        Check.between(WHAT, "pct_start", pctStart, 0, 1);
        Check.positive(WHAT, "div_factor", divFactor);
        Check.positive(WHAT, "final_div_factor", finalDivFactor);
        Check.notNull(WHAT, "convention", convention);
        if (convention == Convention.TRANSFORMERS) {
            throw Check.fail(WHAT, "transformers has no one-cycle schedule; use PYTORCH (OneCycleLR) or OPTAX");
        }
        if (convention == Convention.PYTORCH) {
            double end1 = pctStart * totalSteps - 1;
            if (!(end1 > 0) || !(totalSteps - 1 > end1)) {
                throw Check.fail(WHAT, "PyTorch OneCycleLR needs 0 < pct_start * total_steps - 1 < total_steps - 1"
                        + " (otherwise it divides by zero), got pct_start " + Check.show(pctStart)
                        + " and total steps " + totalSteps);
            }
        }
    }

    @Override
    public double at(long step) {
        Check.step(WHAT, step);
        return convention == Convention.PYTORCH ? torch(step) : optax(step);
    }

    /** torch/optim/lr_scheduler.py OneCycleLR.get_lr, two phases, anneal_strategy='cos'. */
    private double torch(long step) {
        return OneCyclePhases.rate(maxValue, totalSteps, pctStart, divFactor, finalDivFactor, false, false).at(step);
    }

    /** optax piecewise_interpolate_schedule('cosine', peak/div, {int(pct*T): div, T: 1/(div*final_div)}). */
    private double optax(long step) {
        long b1 = (long) (pctStart * totalSteps);
        double v0 = maxValue / divFactor;
        double v1 = v0 * divFactor;
        double v2 = v1 * (1.0 / (divFactor * finalDivFactor));
        if (step < b1) {
            return annealCos(v0, v1, (double) step / Math.max(b1, 1));
        }
        if (step < totalSteps) {
            return annealCos(v1, v2, (double) (step - b1) / Math.max(totalSteps - b1, 1));
        }
        return v2;
    }

    /** end + (start - end) / 2 * (cos(pi * pct) + 1), the same expression in torch and optax. */
    private static double annealCos(double start, double end, double pct) {
        return OneCyclePhases.cos(start, end, pct);
    }
}
