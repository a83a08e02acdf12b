package courseware.engine.experiment;

import courseware.engine.Check;
import courseware.engine.SplitMix64;

/**
 * Full-batch gradient descent versus mini-batch SGD on a {@link Dataset}, both w -= lr * (mean batch gradient).
 * Mini-batch epochs shuffle the row order with a Fisher-Yates pass (i from n-1 down to 1, swap with
 * {@link SplitMix64#nextLong(long) nextLong(i + 1)}) and take consecutive batches; the last may be smaller.
 */
public final class Training {
    /** Mixed into the seed for the shuffling stream so it differs from the data stream of the same seed. */
    public static final long SHUFFLE_SEED_MIX = 0x9E3779B97F4A7C15L;

    private Training() {
    }

    public static TrainingResult fullBatch(Dataset data, Model model, double lr, int epochs, double[] w0) {
        return train("full-batch GD", data, model, lr, epochs, data == null ? 1 : data.rows(), w0, null);
    }

    /** Shuffles with SplitMix64(shuffleSeed). */
    public static TrainingResult miniBatch(Dataset data, Model model, double lr, int epochs, int batchSize,
            double[] w0, long shuffleSeed) {
        return train("mini-batch SGD", data, model, lr, epochs, batchSize, w0, new SplitMix64(shuffleSeed));
    }

    private static TrainingResult train(String what, Dataset data, Model model, double lr, int epochs, int batch,
            double[] w0, SplitMix64 rng) {
        Check.notNull(what, "dataset", data);
        Check.notNull(what, "model", model);
        Check.finite(what, "learning rate", lr);
        Check.nonNegative(what, "epochs", epochs);
        Check.finiteVector(what, "initial weights", w0);
        Check.sameLength(what, "initial weights", w0, data.features());
        if (batch < 1 || batch > data.rows()) {
            throw Check.fail(what, "batch size must be between 1 and the " + data.rows() + " rows, got " + batch);
        }
        SeedExperiment.checkWork(what, 2.0 * epochs * data.rows() * data.features());
        int n = data.rows();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double[] w = w0.clone();
        double[] g = new double[w.length];
        double[] losses = new double[epochs + 1];
        losses[0] = model.loss(data, w);
        long updates = 0;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            if (rng != null) {
                for (int i = n - 1; i > 0; i--) {
                    int j = (int) rng.nextLong(i + 1);
                    int t = order[i];
                    order[i] = order[j];
                    order[j] = t;
                }
            }
            for (int from = 0; from < n; from += batch) {
                int to = Math.min(n, from + batch);
                model.addGradient(data, w, order, from, to, g);
                for (int j = 0; j < w.length; j++) {
                    w[j] = w[j] - lr * g[j];
                }
                updates++;
            }
            losses[epoch] = model.loss(data, w);
            if (!Double.isFinite(losses[epoch]) || !Check.allFinite(w)) {
                double[] cut = java.util.Arrays.copyOf(losses, epoch + 1);
                return new TrainingResult(w, cut, updates);
            }
        }
        return new TrainingResult(w, losses, updates);
    }
}
