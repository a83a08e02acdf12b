package courseware.engine.schedule;

import courseware.engine.Check;

/**
 * torch ConstantLR: {@code base * factor} for the first {@code totalIters} steps, then {@code base}, as
 * {@code step()} gives it. torch/optim/lr_scheduler.py ConstantLR.get_lr multiplies by the factor at last_epoch 0,
 * keeps the rate while last_epoch != total_iters and divides by the factor at last_epoch == total_iters; its
 * {@code _get_closed_form_lr}, base_lr * (factor + (last_epoch >= total_iters) * (1 - factor)), agrees except in
 * two cases, where this follows step(): with total_iters 0 the division never comes, so the factor is kept for good
 * (the closed form gives base_lr at every step), and with factor 0 the division raises ZeroDivisionError at
 * total_iters (refused here from that step on; the closed form gives base_lr).
 */
record ConstantFactorSchedule(double base, double factor, long totalIters) implements TorchRecursion {
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
        if (totalIters == 0) {
            // get_lr: factor applied at last_epoch 0, and last_epoch never equals total_iters again
            return base * factor;
        }
        if (step >= totalIters) {
            divisionByFactor();
        }
        return base * (factor + (step >= totalIters ? 1 : 0) * (1 - factor));
    }

    @Override
    public double initialStep(double lr) {
        return lr * factor;
    }

    @Override
    public double step(double lr, long epoch) {
        if (epoch != totalIters) {
            return lr;
        }
        divisionByFactor();
        return lr * (1.0 / factor);
    }

    private void divisionByFactor() {
        if (factor == 0) {
            throw Check.fail(WHAT, "with factor 0 torch's ConstantLR stops at step " + totalIters
                    + " (total_iters) with ZeroDivisionError: step() restores the rate by dividing it by the factor;"
                    + " use a factor > 0, or read only the steps before " + totalIters);
        }
    }

    /** SequentialLR restarts it with the closed form: with total_iters 0 that is base_lr, kept from then on. */
    @Override
    public Schedule restartedBySequentialLR() {
        return totalIters == 0 ? new ConstantSchedule(base) : this;
    }
}
