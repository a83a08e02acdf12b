package courseware.engine.optim;

/** Supplies the gradient at the current parameters for the update with 0-based index {@code step}. */
@FunctionalInterface
public interface GradientFunction {
    double[] gradient(double[] params, long step);
}
