package courseware.engine.schedule;

import courseware.engine.Check;

/**
 * optax's {@code transition_begin}: the inner schedule's step-0 value is held for {@code begin} steps, then the
 * inner schedule runs from its start ({@code count - transition_begin}, clipped at 0, in polynomial_schedule,
 * linear_schedule and exponential_decay).
 */
record ShiftedSchedule(Schedule inner, long begin) implements Schedule {
    ShiftedSchedule {
        Check.notNull("transition begin", "schedule", inner);
        Check.nonNegative("transition begin", "begin", begin);
    }

    @Override
    public double at(long step) {
        Check.step("transition begin", step);
        return inner.at(Math.max(0, step - begin));
    }
}
