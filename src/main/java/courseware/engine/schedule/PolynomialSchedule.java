package courseware.engine.schedule;

import courseware.engine.Check;

/**
 * (initial - end) * (1 - min(step, T)/T)^power + end, held at {@code end} after T: optax
 * {@code polynomial_schedule}; torch PolynomialLR is the case end = 0.
 */
record PolynomialSchedule(double initial, double end, double power, long decaySteps) implements TorchRecursion {
    PolynomialSchedule {
        Check.finite("polynomial decay", "initial value", initial);
        Check.finite("polynomial decay", "end value", end);
        Check.positive("polynomial decay", "power", power);
        Check.positive("polynomial decay", "decay steps T", decaySteps);
    }

    @Override
    public double at(long step) {
        Check.step("polynomial decay", step);
        double frac = 1 - (double) Math.min(step, decaySteps) / decaySteps;
        return (initial - end) * StrictMath.pow(frac, power) + end;
    }

    @Override
    public double base() {
        return initial;
    }

    @Override
    public String notChainable() {
        return end == 0 ? null : "torch's PolynomialLR decays to 0; an end value other than 0 is optax's polynomial_schedule";
    }

    // PolynomialLR.get_lr: kept at construction and after total_iters, else times
    // ((1 - last_epoch / total_iters) / (1 - (last_epoch - 1) / total_iters)) ** power
    @Override
    public double initialStep(double lr) {
        return lr;
    }

    @Override
    public double step(double lr, long epoch) {
        if (epoch > decaySteps) {
            return lr;
        }
        double factor = StrictMath.pow((1.0 - (double) epoch / decaySteps) / (1.0 - (double) (epoch - 1) / decaySteps),
                power);
        return lr * factor;
    }
}
