package courseware.engine.experiment;

import courseware.engine.Check;
import courseware.engine.Limits;
import courseware.engine.SplitMix64;

/** Repeats a trial over seeds firstSeed, firstSeed + 1, ... and summarizes (sample std, n - 1). */
public final class SeedExperiment {
    private SeedExperiment() {
    }

    public static ExperimentResult run(int seeds, long firstSeed, SeedTrial trial) {
        String what = "seed experiment";
        checkSeeds(what, seeds);
        Check.notNull(what, "trial", trial);
        double[] values = new double[seeds];
        for (int i = 0; i < seeds; i++) {
            values[i] = trial.run(firstSeed + i);
        }
        return new ExperimentResult(firstSeed, values, Summary.of(values));
    }

    static void checkSeeds(String what, int seeds) {
        if (seeds < 2 || seeds > Limits.MAX_SEEDS) {
            throw Check.fail(what, "number of seeds must be between 2 and " + Limits.MAX_SEEDS
                    + " (Limits.MAX_SEEDS), got " + seeds);
        }
    }

    static void checkWork(String what, double work) {
        if (work > Limits.MAX_EXPERIMENT_WORK) {
            throw Check.fail(what, "the experiment needs about " + String.format(java.util.Locale.ROOT, "%.3g", work)
                    + " operations, more than Limits.MAX_EXPERIMENT_WORK = " + Limits.MAX_EXPERIMENT_WORK
                    + "; use fewer seeds, steps or rows");
        }
    }

    /**
     * Monte Carlo check of a {@link MeanSquareRecursion}: per seed, simulate x_{k+1} = x_k + eta (a x_k + sigma xi_k)
     * from x0 for {@code steps} steps with xi from {@link SplitMix64#nextGaussian()}, and report x_steps^2.
     * The summary's mean estimates E[x_steps^2] = recursion.at(steps, x0^2).
     */
    public static ExperimentResult meanSquare(MeanSquareRecursion recursion, double x0, long steps, int seeds,
            long firstSeed) {
        String what = "mean-square simulation";
        Check.notNull(what, "recursion", recursion);
        Check.finite(what, "x0", x0);
        Check.iterations(what, "steps", steps);
        checkSeeds(what, seeds);
        checkWork(what, (double) steps * seeds);
        double eta = recursion.eta();
        double a = recursion.a();
        double sigma = recursion.sigma();
        return run(seeds, firstSeed, seed -> {
            SplitMix64 rng = new SplitMix64(seed);
            double x = x0;
            for (long k = 0; k < steps; k++) {
                x = x + eta * (a * x + sigma * rng.nextGaussian());
            }
            return x * x;
        });
    }
}
