package courseware.engine.experiment;

import courseware.engine.Check;
import courseware.engine.NonFiniteResultException;

/** Per-seed values of an experiment (seed i is firstSeed + i) and their {@link Summary}. */
public record ExperimentResult(long firstSeed, double[] values, Summary summary) {
    public ExperimentResult {
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public boolean finite() {
        return Check.allFinite(values) && summary.finite();
    }

    public ExperimentResult requireFinite() {
        if (!finite()) {
            throw new NonFiniteResultException("experiment produced NaN or infinity: " + summary);
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExperimentResult r && r.firstSeed == firstSeed
                && java.util.Arrays.equals(r.values, values);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "ExperimentResult[firstSeed=" + firstSeed + ", " + summary + "]";
    }
}
