package courseware.engine.schedule;

import courseware.engine.Check;
import java.util.List;

/**
 * torch ChainedScheduler: every scheduler steps the same optimizer, so their factors multiply:
 * {@code base * prod(s_i(step) / base)}, each s_i built with the optimizer's rate {@code base}. Exact for torch's
 * multiplicative schedulers (ConstantLR, LinearLR, StepLR, MultiStepLR, ExponentialLR, PolynomialLR, and
 * CosineAnnealingLR with eta_min 0); torch's chained CosineAnnealingLR with eta_min > 0 is affine, not this product.
 */
record ChainedSchedule(double base, List<Schedule> parts) implements Schedule {
    private static final String WHAT = "chained schedule";

    ChainedSchedule {
        Check.finite(WHAT, "base rate", base);
        if (base == 0) {
            throw Check.fail(WHAT, "base rate must not be 0 (each schedule's factor is its rate / base)");
        }
        Check.notNull(WHAT, "schedules", parts);
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw Check.fail(WHAT, "needs at least one schedule");
        }
    }

    @Override
    public double at(long step) {
        Check.step(WHAT, step);
        double v = base;
        for (Schedule s : parts) {
            v = v * (s.at(step) / base);
        }
        return v;
    }
}
