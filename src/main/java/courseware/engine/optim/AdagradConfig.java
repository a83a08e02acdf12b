package courseware.engine.optim;

import courseware.engine.Check;
import courseware.engine.Convention;
import courseware.engine.schedule.Schedule;
import courseware.engine.schedule.Schedules;

/**
 * AdaGrad. {@link #of(double)} uses torch's defaults (eps 1e-10 outside the square root, accumulator starting at
 * 0, no lr decay); {@link #optax(double)} uses optax's (eps 1e-7 inside the square root, accumulator 0.1).
 */
public record AdagradConfig(Schedule lr, double eps, double initialAccumulator, double lrDecay, double weightDecay,
        Convention convention) {
    private static final String WHAT = "AdaGrad";

    public AdagradConfig {
        Check.notNull(WHAT, "learning rate", lr);
        Check.nonNegative(WHAT, "eps", eps);
        Check.nonNegative(WHAT, "initial accumulator value", initialAccumulator);
        Check.nonNegative(WHAT, "lr decay", lrDecay);
        Check.nonNegative(WHAT, "weight decay", weightDecay);
        Check.notNull(WHAT, "convention", convention);
        if (convention == Convention.OPTAX && lrDecay != 0) {
            throw Check.fail(WHAT, "optax adagrad has no lr decay, got " + Check.show(lrDecay));
        }
    }

    public static AdagradConfig of(double lr) {
        return new AdagradConfig(Schedules.constant(Check.finite(WHAT, "learning rate", lr)),
                1e-10, 0, 0, 0, Convention.TEXTBOOK);
    }

    /** optax.adagrad(learning_rate) defaults: initial_accumulator_value 0.1, eps 1e-7. */
    public static AdagradConfig optax(double lr) {
        return new AdagradConfig(Schedules.constant(Check.finite(WHAT, "learning rate", lr)),
                1e-7, 0.1, 0, 0, Convention.OPTAX);
    }

    public AdagradConfig withLr(Schedule value) {
        return new AdagradConfig(value, eps, initialAccumulator, lrDecay, weightDecay, convention);
    }

    public AdagradConfig withEps(double value) {
        return new AdagradConfig(lr, value, initialAccumulator, lrDecay, weightDecay, convention);
    }

    public AdagradConfig withInitialAccumulator(double value) {
        return new AdagradConfig(lr, eps, value, lrDecay, weightDecay, convention);
    }

    public AdagradConfig withLrDecay(double value) {
        return new AdagradConfig(lr, eps, initialAccumulator, value, weightDecay, convention);
    }

    public AdagradConfig withWeightDecay(double value) {
        return new AdagradConfig(lr, eps, initialAccumulator, lrDecay, value, convention);
    }

    public AdagradConfig withConvention(Convention value) {
        return new AdagradConfig(lr, eps, initialAccumulator, lrDecay, weightDecay, value);
    }
}
