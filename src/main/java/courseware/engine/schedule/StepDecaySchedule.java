package courseware.engine.schedule;

import courseware.engine.Check;

/** initial * gamma^floor(step / stepSize): torch StepLR closed form ({@code _get_closed_form_lr}). */
record StepDecaySchedule(double initial, long stepSize, double gamma) implements Schedule {
    StepDecaySchedule {
        Check.finite("step decay", "initial value", initial);
        Check.positive("step decay", "step size", stepSize);
        Check.nonNegative("step decay", "gamma", gamma);
    }

    @Override
    public double at(long step) {
        Check.step("step decay", step);
        return initial * StrictMath.pow(gamma, step / stepSize);
    }
}
