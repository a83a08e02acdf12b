package courseware.engine.optim;

import courseware.engine.Check;
import courseware.engine.schedule.Schedule;
import java.util.Map;

/**
 * A stateful optimizer over a double[] parameter vector. Each {@link #step} consumes one gradient and returns the
 * state afterwards, so "after 3 steps m = ..." is {@code snapshot().state("m")} after three calls.
 *
 * <p>Sealed: the engine's drivers rely on the bookkeeping here (parameters, the 1-based step counter t, the
 * schedule lookup lr.at(t - 1), look-ahead gradient points), so only the engine's own optimizers exist; make them
 * with {@link Optimizers}.
 */
public abstract sealed class Optimizer permits Sgd, Adagrad, RmsProp, Adam {
    final String name;
    final double[] params;
    private final Schedule lr;
    private long t;

    Optimizer(String name, double[] initialParams, Schedule lr) {
        this.name = name;
        this.params = Check.finiteVector(name, "initial parameters", initialParams).clone();
        this.lr = Check.notNull(name, "learning rate", lr);
    }

    /** Applies one update with this gradient (non-finite values are allowed and show up as a non-finite snapshot). */
    public final OptimizerSnapshot step(double[] gradient) {
        advance(gradient);
        return snapshot();
    }

    /** One update without building a snapshot (runs of millions of steps snapshot only now and then). */
    final void advance(double[] gradient) {
        Check.notNull(name, "gradient", gradient);
        Check.sameLength(name, "gradient", gradient, params.length);
        double rate = lr.at(t);
        t++;
        update(gradient, rate, t);
    }

    /**
     * Where the next gradient is to be taken: the parameters, except for look-ahead methods (textbook Nesterov
     * takes it at x + mu v). Drivers that compute gradients from an objective ask here.
     */
    double[] gradientPoint() {
        return params.clone();
    }

    /** Applies update number {@code t} (1-based, like torch's state["step"] and optax's count) with rate lr. */
    abstract void update(double[] gradient, double lr, long t);

    /** The named buffers; the snapshot copies them. */
    abstract Map<String, double[]> buffers();

    /** The current parameters and state buffers. */
    public final OptimizerSnapshot snapshot() {
        return new OptimizerSnapshot(name, t, params, buffers());
    }

    /** Number of updates applied so far. */
    public final long stepCount() {
        return t;
    }

    final boolean finiteNow() {
        if (!Check.allFinite(params)) {
            return false;
        }
        for (double[] v : buffers().values()) {
            if (!Check.allFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
