package courseware.engine.schedule;

import courseware.engine.Check;

/** The classical SGD step size initial / sqrt(step + 1). */
record InverseSqrtSchedule(double initial) implements Schedule {
    InverseSqrtSchedule {
        Check.finite("inverse square root", "initial value", initial);
    }

    @Override
    public double at(long step) {
        Check.step("inverse square root", step);
        return initial / StrictMath.sqrt(step + 1.0);
    }
}
