package courseware.engine.schedule;

import courseware.engine.Check;

/** The same value at every step. */
record ConstantSchedule(double value) implements Schedule {
    ConstantSchedule {
        Check.finite("constant schedule", "value", value);
    }

    @Override
    public double at(long step) {
        Check.step("constant schedule", step);
        return value;
    }
}
