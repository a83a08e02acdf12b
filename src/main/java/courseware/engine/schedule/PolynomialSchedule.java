package courseware.engine.schedule;

import courseware.engine.Check;

/**
 * (initial - end) * (1 - min(step, T)/T)^power + end, held at {@code end} after T: optax
 * {@code polynomial_schedule}; torch PolynomialLR is the case end = 0.
 */
record PolynomialSchedule(double initial, double end, double power, long decaySteps) implements Schedule {
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
}
