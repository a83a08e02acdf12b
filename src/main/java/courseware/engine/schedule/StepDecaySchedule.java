package courseware.engine.schedule;

import courseware.engine.Check;

/** initial * gamma^floor(step / stepSize): torch StepLR closed form ({@code _get_closed_form_lr}). */
record StepDecaySchedule(double initial, long stepSize, double gamma) implements TorchRecursion {
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

    @Override
    public double base() {
        return initial;
    }

    // StepLR.get_lr: the rate is kept at last_epoch 0 and whenever last_epoch % step_size != 0, else times gamma
    @Override
    public double initialStep(double lr) {
        return lr;
    }

    @Override
    public double step(double lr, long epoch) {
        return epoch % stepSize != 0 ? lr : lr * gamma;
    }
}
