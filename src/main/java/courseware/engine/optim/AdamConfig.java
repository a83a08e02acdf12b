package courseware.engine.optim;

import courseware.engine.Check;
import courseware.engine.Convention;
import courseware.engine.schedule.Schedule;
import courseware.engine.schedule.Schedules;

/**
 * Adam, AdamW (decoupled weight decay) and AMSGrad. Defaults are the libraries' common ones (betas 0.9/0.999,
 * eps 1e-8). {@code weightDecay} is an L2 term added to the gradient unless {@code decoupled}, in which case it
 * shrinks the parameters directly (AdamW). {@code epsRoot} exists only in optax.
 */
public record AdamConfig(Schedule lr, double beta1, double beta2, double eps, double epsRoot, double weightDecay,
        boolean decoupled, boolean amsgrad, Convention convention, boolean maximize) {
    private static final String WHAT = "Adam";

    public AdamConfig {
        Check.notNull(WHAT, "learning rate", lr);
        Check.inHalfOpen(WHAT, "beta1", beta1, 0, 1);
        Check.inHalfOpen(WHAT, "beta2", beta2, 0, 1);
        Check.nonNegative(WHAT, "eps", eps);
        Check.nonNegative(WHAT, "eps_root", epsRoot);
        Check.nonNegative(WHAT, "weight decay", weightDecay);
        Check.notNull(WHAT, "convention", convention);
        if (epsRoot != 0 && convention != Convention.OPTAX) {
            throw Check.fail(WHAT, "eps_root exists only in optax (Convention.OPTAX), got " + Check.show(epsRoot)
                    + " with " + convention);
        }
        if (convention == Convention.TRANSFORMERS && amsgrad) {
            throw Check.fail(WHAT, "transformers' legacy AdamW has no AMSGrad variant");
        }
        if (convention == Convention.TRANSFORMERS && weightDecay != 0 && !decoupled) {
            throw Check.fail(WHAT, "transformers' legacy AdamW only has decoupled weight decay (decoupled=true)");
        }
    }

    public AdamConfig(Schedule lr, double beta1, double beta2, double eps, double epsRoot, double weightDecay,
            boolean decoupled, boolean amsgrad, Convention convention) {
        this(lr, beta1, beta2, eps, epsRoot, weightDecay, decoupled, amsgrad, convention, false);
    }

    /** Adam with a constant rate, textbook convention. */
    public static AdamConfig of(double lr) {
        return of(Schedules.constant(Check.finite(WHAT, "learning rate", lr)));
    }

    public static AdamConfig of(Schedule lr) {
        return new AdamConfig(lr, 0.9, 0.999, 1e-8, 0, 0, false, false, Convention.TEXTBOOK, false);
    }

    /** AdamW: decoupled weight decay {@code weightDecay} (torch's default is 1e-2, optax's 1e-4). */
    public static AdamConfig adamW(double lr, double weightDecay) {
        return of(lr).withWeightDecay(weightDecay).withDecoupledWeightDecay(true);
    }

    public AdamConfig withLr(Schedule value) {
        return new AdamConfig(value, beta1, beta2, eps, epsRoot, weightDecay, decoupled, amsgrad, convention, maximize);
    }

    public AdamConfig withBetas(double b1, double b2) {
        return new AdamConfig(lr, b1, b2, eps, epsRoot, weightDecay, decoupled, amsgrad, convention, maximize);
    }

    public AdamConfig withEps(double value) {
        return new AdamConfig(lr, beta1, beta2, value, epsRoot, weightDecay, decoupled, amsgrad, convention, maximize);
    }

    public AdamConfig withEpsRoot(double value) {
        return new AdamConfig(lr, beta1, beta2, eps, value, weightDecay, decoupled, amsgrad, convention, maximize);
    }

    public AdamConfig withWeightDecay(double value) {
        return new AdamConfig(lr, beta1, beta2, eps, epsRoot, value, decoupled, amsgrad, convention, maximize);
    }

    public AdamConfig withDecoupledWeightDecay(boolean value) {
        return new AdamConfig(lr, beta1, beta2, eps, epsRoot, weightDecay, value, amsgrad, convention, maximize);
    }

    public AdamConfig withAmsgrad(boolean value) {
        return new AdamConfig(lr, beta1, beta2, eps, epsRoot, weightDecay, decoupled, value, convention, maximize);
    }

    public AdamConfig withConvention(Convention value) {
        return new AdamConfig(lr, beta1, beta2, eps, epsRoot, weightDecay, decoupled, amsgrad, value, maximize);
    }

    /** torch's {@code maximize}: ascend, by negating each gradient first (weight decay still shrinks towards 0). */
    public AdamConfig withMaximize(boolean value) {
        return new AdamConfig(lr, beta1, beta2, eps, epsRoot, weightDecay, decoupled, amsgrad, convention, value);
    }
}
