package courseware.engine.schedule;

import courseware.engine.Check;

/**
 * optax exponential_decay's {@code end_value}: a lower bound when the decay rate is below 1 ({@code jnp.maximum}),
 * an upper bound otherwise ({@code jnp.minimum}), applied to every value.
 */
record BoundedSchedule(Schedule inner, double bound, boolean lower) implements Schedule {
    BoundedSchedule {
        Check.notNull("end value", "schedule", inner);
        Check.finite("end value", "end value", bound);
    }

    @Override
    public double at(long step) {
        double v = inner.at(step);
        return lower ? Math.max(v, bound) : Math.min(v, bound);
    }
}
