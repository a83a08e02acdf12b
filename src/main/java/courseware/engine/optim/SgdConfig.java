package courseware.engine.optim;

import courseware.engine.Check;
import courseware.engine.Convention;
import courseware.engine.schedule.Schedule;
import courseware.engine.schedule.Schedules;

/**
 * SGD with optional momentum, dampening, Nesterov and L2 weight decay (added to the gradient before momentum).
 * Start from {@link #of(double)} and chain the {@code with...} methods.
 */
public record SgdConfig(Schedule lr, double momentum, double dampening, double weightDecay, boolean nesterov,
        Convention convention, boolean maximize) {
    private static final String WHAT = "SGD";

    public SgdConfig {
        Check.notNull(WHAT, "learning rate", lr);
        Check.nonNegative(WHAT, "momentum", momentum);
        Check.between(WHAT, "dampening", dampening, 0, 1);
        Check.nonNegative(WHAT, "weight decay", weightDecay);
        Check.notNull(WHAT, "convention", convention);
        if (nesterov && (momentum <= 0 || dampening != 0)) {
            throw Check.fail(WHAT, "Nesterov momentum requires momentum > 0 and dampening 0, got momentum "
                    + Check.show(momentum) + " and dampening " + Check.show(dampening));
        }
        if (convention == Convention.OPTAX && dampening != 0) {
            throw Check.fail(WHAT, "optax sgd (trace) has no dampening, got " + Check.show(dampening));
        }
    }

    public SgdConfig(Schedule lr, double momentum, double dampening, double weightDecay, boolean nesterov,
            Convention convention) {
        this(lr, momentum, dampening, weightDecay, nesterov, convention, false);
    }

    /** Plain gradient descent with a constant rate, textbook convention. */
    public static SgdConfig of(double lr) {
        return of(Schedules.constant(Check.finite(WHAT, "learning rate", lr)));
    }

    public static SgdConfig of(Schedule lr) {
        return new SgdConfig(lr, 0, 0, 0, false, Convention.TEXTBOOK, false);
    }

    public SgdConfig withMomentum(double value) {
        return new SgdConfig(lr, value, dampening, weightDecay, nesterov, convention, maximize);
    }

    public SgdConfig withDampening(double value) {
        return new SgdConfig(lr, momentum, value, weightDecay, nesterov, convention, maximize);
    }

    public SgdConfig withWeightDecay(double value) {
        return new SgdConfig(lr, momentum, dampening, value, nesterov, convention, maximize);
    }

    public SgdConfig withNesterov(boolean value) {
        return new SgdConfig(lr, momentum, dampening, weightDecay, value, convention, maximize);
    }

    public SgdConfig withConvention(Convention value) {
        return new SgdConfig(lr, momentum, dampening, weightDecay, nesterov, value, maximize);
    }

    /** torch's {@code maximize}: ascend, by negating each gradient before weight decay and momentum. */
    public SgdConfig withMaximize(boolean value) {
        return new SgdConfig(lr, momentum, dampening, weightDecay, nesterov, convention, value);
    }
}
