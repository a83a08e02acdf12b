package courseware.engine.experiment;

import courseware.engine.Check;
import courseware.engine.NonFiniteResultException;

/**
 * The lesson experiment "full-batch GD versus mini-batch SGD": for each seed s = firstSeed + i, generate a dataset
 * with {@link Datasets} from seed s, train both ways from w = 0 for the same number of epochs (mini-batches
 * shuffled with seed s ^ {@link Training#SHUFFLE_SEED_MIX}), and record each final full-data loss.
 */
public final class BatchExperiment {
    private BatchExperiment() {
    }

    /**
     * @param noiseSigma target noise for LINEAR_LEAST_SQUARES (ignored for LOGISTIC)
     */
    public static BatchComparison run(Model model, int rows, double[] trueWeights, double noiseSigma, double lr,
            int epochs, int batchSize, int seeds, long firstSeed) {
        check("batch experiment", model, rows, trueWeights, epochs, seeds);
        double[] w0 = new double[trueWeights.length];
        double[] full = new double[seeds];
        double[] mini = new double[seeds];
        for (int i = 0; i < seeds; i++) {
            long seed = firstSeed + i;
            Dataset data = dataset(model, seed, rows, trueWeights, noiseSigma);
            full[i] = Training.fullBatch(data, model, lr, epochs, w0).finalLoss();
            mini[i] = Training.miniBatch(data, model, lr, epochs, batchSize, w0, seed ^ Training.SHUFFLE_SEED_MIX)
                    .finalLoss();
        }
        return new BatchComparison(new ExperimentResult(firstSeed, full, Summary.of(full)),
                new ExperimentResult(firstSeed, mini, Summary.of(mini)));
    }

    /**
     * The same experiment, keeping every epoch: the mean and sample standard deviation over seeds of
     * the full-data loss after each epoch (index 0 before training), for both methods. The final
     * epoch's summaries are exactly those of {@link #run}.
     *
     * @throws NonFiniteResultException when training diverges for some seed
     */
    public static BatchCurves curves(Model model, int rows, double[] trueWeights, double noiseSigma, double lr,
            int epochs, int batchSize, int seeds, long firstSeed) {
        check("batch curves", model, rows, trueWeights, epochs, seeds);
        double[] w0 = new double[trueWeights.length];
        double[][] full = new double[epochs + 1][seeds];
        double[][] mini = new double[epochs + 1][seeds];
        for (int i = 0; i < seeds; i++) {
            long seed = firstSeed + i;
            Dataset data = dataset(model, seed, rows, trueWeights, noiseSigma);
            double[] f = Training.fullBatch(data, model, lr, epochs, w0).requireFinite().lossPerEpoch();
            double[] m = Training.miniBatch(data, model, lr, epochs, batchSize, w0, seed ^ Training.SHUFFLE_SEED_MIX)
                    .requireFinite().lossPerEpoch();
            if (f.length != epochs + 1 || m.length != epochs + 1) {
                throw new NonFiniteResultException("training diverged for seed " + seed);
            }
            for (int e = 0; e <= epochs; e++) {
                full[e][i] = f[e];
                mini[e][i] = m[e];
            }
        }
        double[][] out = new double[4][epochs + 1];
        for (int e = 0; e <= epochs; e++) {
            Summary fs = Summary.of(full[e]);
            Summary ms = Summary.of(mini[e]);
            out[0][e] = fs.mean();
            out[1][e] = fs.std();
            out[2][e] = ms.mean();
            out[3][e] = ms.std();
        }
        return new BatchCurves(out[0], out[1], out[2], out[3]);
    }

    /** Refuses bad input and work over the engine's limit before any is done. */
    private static void check(String what, Model model, int rows, double[] trueWeights, int epochs, int seeds) {
        Check.notNull(what, "model", model);
        Check.finiteVector(what, "true weights", trueWeights);
        SeedExperiment.checkSeeds(what, seeds);
        SeedExperiment.checkWork(what, 4.0 * seeds * Math.max(1, epochs) * rows * trueWeights.length);
    }

    /** The dataset of one seed: the same for the final-loss and the per-epoch experiment. */
    private static Dataset dataset(Model model, long seed, int rows, double[] trueWeights, double noiseSigma) {
        return model == Model.LOGISTIC ? Datasets.logistic(seed, rows, trueWeights)
                : Datasets.linearRegression(seed, rows, trueWeights, noiseSigma);
    }
}
