package courseware.engine.schedule;

import courseware.engine.Check;

/**
 * torch LinearLR: the factor goes linearly from {@code startFactor} to {@code endFactor} over {@code totalIters}
 * steps, then stays ({@code _get_closed_form_lr}: base_lr * (start + (end - start) * min(total_iters, last_epoch)
 * / total_iters)).
 */
record LinearFactorSchedule(double base, double startFactor, double endFactor, long totalIters) implements TorchRecursion {
    private static final String WHAT = "linear factor (LinearLR)";

    LinearFactorSchedule {
        Check.finite(WHAT, "base rate", base);
        // torch: start_factor must be > 0 and <= 1, end_factor between 0 and 1
        Check.between(WHAT, "start factor", startFactor, 0, 1);
        if (startFactor == 0) {
            throw Check.fail(WHAT, "start factor must be > 0 (PyTorch LinearLR divides by it), got 0");
        }
        Check.between(WHAT, "end factor", endFactor, 0, 1);
        Check.positive(WHAT, "total iterations", totalIters);
    }

    @Override
    public double at(long step) {
        Check.step(WHAT, step);
        return base * (startFactor + (endFactor - startFactor) * Math.min(totalIters, step) / totalIters);
    }

    // LinearLR.get_lr: times start_factor at last_epoch 0; held after total_iters; else times
    // 1 + (end - start) / (total_iters * start + (last_epoch - 1) * (end - start))
    @Override
    public double initialStep(double lr) {
        return lr * startFactor;
    }

    @Override
    public double step(double lr, long epoch) {
        if (epoch > totalIters) {
            return lr;
        }
        return lr * (1.0 + (endFactor - startFactor)
                / (totalIters * startFactor + (epoch - 1) * (endFactor - startFactor)));
    }
}
