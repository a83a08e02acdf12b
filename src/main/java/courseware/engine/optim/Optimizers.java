package courseware.engine.optim;

import courseware.engine.Check;
import courseware.engine.Limits;
import java.util.ArrayList;
import java.util.List;

/** Factories for the optimizers and drivers that run them over gradient sequences or gradient functions. */
public final class Optimizers {
    private Optimizers() {
    }

    public static Optimizer sgd(SgdConfig config, double[] initialParams) {
        return new Sgd(Check.notNull("SGD", "config", config), initialParams);
    }

    /** Plain gradient descent x -= lr * g (textbook). */
    public static Optimizer gradientDescent(double lr, double[] initialParams) {
        return sgd(SgdConfig.of(lr), initialParams);
    }

    public static Optimizer adagrad(AdagradConfig config, double[] initialParams) {
        return new Adagrad(Check.notNull("AdaGrad", "config", config), initialParams);
    }

    public static Optimizer rmsProp(RmsPropConfig config, double[] initialParams) {
        return new RmsProp(Check.notNull("RMSProp", "config", config), initialParams);
    }

    /** Adam, AdamW (config.decoupled()) or AMSGrad (config.amsgrad()). */
    public static Optimizer adam(AdamConfig config, double[] initialParams) {
        return new Adam(Check.notNull("Adam", "config", config), initialParams);
    }

    /** Feeds gradients[k] to update k; the run has gradients.length steps. */
    public static OptimizerRun run(Optimizer optimizer, double[][] gradients) {
        Check.notNull("optimizer run", "gradients", gradients);
        Check.iterations("optimizer run", "number of gradients", gradients.length);
        return drive(optimizer, gradients.length, (p, k) -> gradients[(int) k]);
    }

    /** Asks {@code gradient} for the gradient at the current parameters before each of {@code steps} updates. */
    public static OptimizerRun run(Optimizer optimizer, GradientFunction gradient, long steps) {
        Check.notNull("optimizer run", "gradient function", gradient);
        Check.iterations("optimizer run", "steps", steps);
        return drive(optimizer, steps, gradient);
    }

    private static OptimizerRun drive(Optimizer optimizer, long steps, GradientFunction gradient) {
        Check.notNull("optimizer run", "optimizer", optimizer);
        long every = Math.max(1, (steps + Limits.MAX_RECORDED_POINTS - 1) / Limits.MAX_RECORDED_POINTS);
        List<OptimizerSnapshot> recorded = new ArrayList<>();
        recorded.add(optimizer.snapshot());
        long firstNonFinite = -1;
        long start = optimizer.stepCount();
        for (long k = 0; k < steps; k++) {
            double[] g = gradient.gradient(optimizer.gradientPoint(), start + k);
            optimizer.advance(g);
            boolean finite = optimizer.finiteNow();
            if (!finite || (k + 1) % every == 0 || k + 1 == steps) {
                recorded.add(optimizer.snapshot());
            }
            if (!finite) {
                firstNonFinite = optimizer.stepCount();
                break;
            }
        }
        return new OptimizerRun(recorded, every, optimizer.snapshot(), firstNonFinite);
    }
}
