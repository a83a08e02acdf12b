package courseware.engine.experiment;

import courseware.engine.Check;
import courseware.engine.NonFiniteResultException;

/**
 * Weights after training and the full-data loss before training (index 0) and after each epoch; {@code updates}
 * counts parameter updates (epochs for full batch, epochs x ceil(n / B) for mini-batches).
 */
public record TrainingResult(double[] weights, double[] lossPerEpoch, long updates) {
    public TrainingResult {
        weights = weights.clone();
        lossPerEpoch = lossPerEpoch.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public double[] lossPerEpoch() {
        return lossPerEpoch.clone();
    }

    public double finalLoss() {
        return lossPerEpoch[lossPerEpoch.length - 1];
    }

    public boolean finite() {
        return Check.allFinite(weights) && Check.allFinite(lossPerEpoch);
    }

    public TrainingResult requireFinite() {
        if (!finite()) {
            throw new NonFiniteResultException("training diverged: final loss " + finalLoss());
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingResult r && java.util.Arrays.equals(r.weights, weights)
                && java.util.Arrays.equals(r.lossPerEpoch, lossPerEpoch) && r.updates == updates;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "TrainingResult[weights=" + java.util.Arrays.toString(weights) + ", finalLoss=" + finalLoss()
                + ", updates=" + updates + "]";
    }
}
