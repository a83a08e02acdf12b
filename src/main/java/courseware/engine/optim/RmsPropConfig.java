package courseware.engine.optim;

import courseware.engine.Check;
import courseware.engine.Convention;
import courseware.engine.schedule.Schedule;
import courseware.engine.schedule.Schedules;

/**
 * RMSProp with optional centering and momentum. {@code alpha} is torch's smoothing constant (optax calls it
 * decay). {@link #of(double)} uses torch's defaults (alpha 0.99, eps 1e-8); {@link #optax(double)} optax's
 * (decay 0.9, eps 1e-8 inside the square root).
 */
public record RmsPropConfig(Schedule lr, double alpha, double eps, double momentum, boolean centered,
        boolean nesterov, double weightDecay, double initialScale, Convention convention) {
    private static final String WHAT = "RMSProp";

    public RmsPropConfig {
        Check.notNull(WHAT, "learning rate", lr);
        Check.between(WHAT, "alpha (decay)", alpha, 0, 1);
        Check.nonNegative(WHAT, "eps", eps);
        Check.nonNegative(WHAT, "momentum", momentum);
        Check.nonNegative(WHAT, "weight decay", weightDecay);
        Check.nonNegative(WHAT, "initial scale", initialScale);
        Check.notNull(WHAT, "convention", convention);
        if (convention != Convention.OPTAX && nesterov) {
            throw Check.fail(WHAT, "only optax's rmsprop has a Nesterov option (convention \"optax\")");
        }
        if (convention != Convention.OPTAX && initialScale != 0) {
            throw Check.fail(WHAT, "only optax's rmsprop has an initial_scale, got " + Check.show(initialScale));
        }
        if (nesterov && momentum == 0) {
            throw Check.fail(WHAT, "Nesterov needs momentum > 0");
        }
    }

    public static RmsPropConfig of(double lr) {
        return new RmsPropConfig(Schedules.constant(Check.finite(WHAT, "learning rate", lr)),
                0.99, 1e-8, 0, false, false, 0, 0, Convention.TEXTBOOK);
    }

    /** optax.rmsprop(learning_rate) defaults: decay 0.9, eps 1e-8, initial_scale 0. */
    public static RmsPropConfig optax(double lr) {
        return new RmsPropConfig(Schedules.constant(Check.finite(WHAT, "learning rate", lr)),
                0.9, 1e-8, 0, false, false, 0, 0, Convention.OPTAX);
    }

    public RmsPropConfig withLr(Schedule value) {
        return new RmsPropConfig(value, alpha, eps, momentum, centered, nesterov, weightDecay, initialScale,
                convention);
    }

    public RmsPropConfig withAlpha(double value) {
        return new RmsPropConfig(lr, value, eps, momentum, centered, nesterov, weightDecay, initialScale, convention);
    }

    public RmsPropConfig withEps(double value) {
        return new RmsPropConfig(lr, alpha, value, momentum, centered, nesterov, weightDecay, initialScale, convention);
    }

    public RmsPropConfig withMomentum(double value) {
        return new RmsPropConfig(lr, alpha, eps, value, centered, nesterov, weightDecay, initialScale, convention);
    }

    public RmsPropConfig withCentered(boolean value) {
        return new RmsPropConfig(lr, alpha, eps, momentum, value, nesterov, weightDecay, initialScale, convention);
    }

    public RmsPropConfig withNesterov(boolean value) {
        return new RmsPropConfig(lr, alpha, eps, momentum, centered, value, weightDecay, initialScale, convention);
    }

    public RmsPropConfig withWeightDecay(double value) {
        return new RmsPropConfig(lr, alpha, eps, momentum, centered, nesterov, value, initialScale, convention);
    }

    public RmsPropConfig withInitialScale(double value) {
        return new RmsPropConfig(lr, alpha, eps, momentum, centered, nesterov, weightDecay, value, convention);
    }

    public RmsPropConfig withConvention(Convention value) {
        return new RmsPropConfig(lr, alpha, eps, momentum, centered, nesterov, weightDecay, initialScale, value);
    }
}
