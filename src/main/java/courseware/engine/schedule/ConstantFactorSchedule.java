package courseware.engine.schedule;

import courseware.engine.Check;

/**
 * torch ConstantLR: {@code base * factor} for the first {@code totalIters} steps, then {@code base}
 * ({@code _get_closed_form_lr}: base_lr * (factor + (last_epoch >= total_iters) * (1 - factor))).
 */
record ConstantFactorSchedule(double base, double factor, long totalIters) implements Schedule {
    private static final String WHAT = "constant factor (ConstantLR)";

    ConstantFactorSchedule {
        Check.finite(WHAT, "base rate", base);
        // torch: "Constant multiplicative factor expected to be between 0 and 1."
        Check.between(WHAT, "factor", factor, 0, 1);
        Check.nonNegative(WHAT, "total iterations", totalIters);
    }

    @Override
    public double at(long step) {
        Check.step(WHAT, step);
        return base * (factor + (step >= totalIters ? 1 : 0) * (1 - factor));
    }
}
