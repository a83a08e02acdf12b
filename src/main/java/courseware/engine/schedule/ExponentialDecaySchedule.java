package courseware.engine.schedule;

import courseware.engine.Check;

/**
 * initial * rate^(step / transitionSteps), the exponent floored when {@code staircase}: optax
 * {@code exponential_decay}; torch ExponentialLR is the case transitionSteps = 1.
 */
record ExponentialDecaySchedule(double initial, double rate, long transitionSteps, boolean staircase)
        implements Schedule {
    ExponentialDecaySchedule {
        Check.finite("exponential decay", "initial value", initial);
        Check.positive("exponential decay", "decay rate", rate);
        Check.positive("exponential decay", "transition steps", transitionSteps);
    }

    @Override
    public double at(long step) {
        Check.step("exponential decay", step);
        if (step == 0) {
            return initial;
        }
        double p = (double) step / transitionSteps;
        if (staircase) {
            p = Math.floor(p);
        }
        return initial * StrictMath.pow(rate, p);
    }
}
