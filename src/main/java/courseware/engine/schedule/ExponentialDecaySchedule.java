package courseware.engine.schedule;

import courseware.engine.Check;

/**
 * initial * rate^(step / transitionSteps), the exponent floored when {@code staircase}: optax
 * {@code exponential_decay}; torch ExponentialLR is the case transitionSteps = 1, where a rate of 0 gives initial at
 * step 0 and 0 after (closed form base_lr * gamma ** last_epoch, and get_lr's lr * gamma alike). optax's
 * decay_rate 0 is a constant instead, made by {@link Schedules#exponentialDecay(double, double, long, boolean, long,
 * Double)} before this record.
 */
record ExponentialDecaySchedule(double initial, double rate, long transitionSteps, boolean staircase)
        implements TorchRecursion {
    ExponentialDecaySchedule {
        Check.finite("exponential decay", "initial value", initial);
        Check.nonNegative("exponential decay", "decay rate", rate);
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

    @Override
    public double base() {
        return initial;
    }

    @Override
    public String notChainable() {
        return transitionSteps == 1 && !staircase ? null
                : "torch's ExponentialLR multiplies by gamma every step; transition_steps and staircase are optax's";
    }

    // ExponentialLR.get_lr: kept at construction (_is_initial), then times gamma at every step
    @Override
    public double initialStep(double lr) {
        return lr;
    }

    @Override
    public double step(double lr, long epoch) {
        return lr * rate;
    }
}
