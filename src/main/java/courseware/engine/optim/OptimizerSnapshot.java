package courseware.engine.optim;

import courseware.engine.Check;
import courseware.engine.NonFiniteResultException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parameters and named state buffers after {@code step} updates. Buffer names follow the libraries: "m" and "v"
 * (Adam moments), "v_max" (AMSGrad), "momentum_buffer", "sum" (AdaGrad), "square_avg", "grad_avg" (RMSProp).
 * Accessors return copies.
 */
public record OptimizerSnapshot(String optimizer, long step, double[] params, Map<String, double[]> state) {
    public OptimizerSnapshot {
        params = params.clone();
        Map<String, double[]> copy = new LinkedHashMap<>();
        state.forEach((k, v) -> copy.put(k, v.clone()));
        state = Collections.unmodifiableMap(copy);
    }

    @Override
    public double[] params() {
        return params.clone();
    }

    /** A copy of every buffer. */
    @Override
    public Map<String, double[]> state() {
        Map<String, double[]> copy = new LinkedHashMap<>();
        state.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    /** One buffer by name, e.g. {@code state("m")}. */
    public double[] state(String name) {
        double[] v = state.get(name);
        if (v == null) {
            throw new IllegalArgumentException(optimizer + " has no state '" + name + "'; it has " + state.keySet());
        }
        return v.clone();
    }

    /** True when the parameters and every buffer are finite. */
    public boolean finite() {
        if (!Check.allFinite(params)) {
            return false;
        }
        for (double[] v : state.values()) {
            if (!Check.allFinite(v)) {
                return false;
            }
        }
        return true;
    }

    public OptimizerSnapshot requireFinite() {
        if (!finite()) {
            throw new NonFiniteResultException(optimizer + " has a non-finite value after step " + step + ": " + this);
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof OptimizerSnapshot s) || !s.optimizer.equals(optimizer) || s.step != step
                || !Arrays.equals(s.params, params) || !s.state.keySet().equals(state.keySet())) {
            return false;
        }
        for (String k : state.keySet()) {
            if (!Arrays.equals(state.get(k), s.state.get(k))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return optimizer.hashCode() * 31 + Long.hashCode(step) + Arrays.hashCode(params);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(optimizer).append(" after ").append(step).append(" steps: params=")
                .append(Arrays.toString(params));
        state.forEach((k, v) -> b.append(", ").append(k).append('=').append(Arrays.toString(v)));
        return b.toString();
    }
}
