package courseware.engine.experiment;

import courseware.engine.Check;
import courseware.engine.Limits;
import courseware.engine.SplitMix64;

/**
 * Seeded synthetic datasets. One {@link SplitMix64} stream per dataset; for each row in order it draws the
 * features (standard normals, coordinate order) and then the row's noise (a normal for regression, a uniform for
 * the logistic label), so a seed fixes every number.
 */
public final class Datasets {
    private Datasets() {
    }

    /** y = x . w + noiseSigma * N(0, 1), x ~ N(0, I), no intercept. */
    public static Dataset linearRegression(long seed, int rows, double[] trueWeights, double noiseSigma) {
        String what = "linear regression dataset";
        checkShape(what, rows, trueWeights);
        Check.nonNegative(what, "noise sigma", noiseSigma);
        SplitMix64 rng = new SplitMix64(seed);
        double[][] x = new double[rows][trueWeights.length];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < trueWeights.length; j++) {
                x[i][j] = rng.nextGaussian();
            }
            y[i] = Model.dot(x[i], trueWeights) + noiseSigma * rng.nextGaussian();
        }
        return new Dataset(x, y);
    }

    /** y = 1 with probability sigmoid(x . w) (drawn as u < p with u uniform), else 0; x ~ N(0, I). */
    public static Dataset logistic(long seed, int rows, double[] trueWeights) {
        String what = "logistic dataset";
        checkShape(what, rows, trueWeights);
        SplitMix64 rng = new SplitMix64(seed);
        double[][] x = new double[rows][trueWeights.length];
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < trueWeights.length; j++) {
                x[i][j] = rng.nextGaussian();
            }
            y[i] = rng.nextDouble() < Model.sigmoid(Model.dot(x[i], trueWeights)) ? 1 : 0;
        }
        return new Dataset(x, y);
    }

    private static void checkShape(String what, int rows, double[] trueWeights) {
        Check.finiteVector(what, "true weights", trueWeights);
        if (rows < 1 || rows > Limits.MAX_DATASET_ROWS) {
            throw Check.fail(what, "rows must be between 1 and " + Limits.MAX_DATASET_ROWS
                    + " (Limits.MAX_DATASET_ROWS), got " + rows);
        }
        if ((double) rows * trueWeights.length > Limits.MAX_EXPERIMENT_WORK) {
            throw Check.fail(what, "rows x features = " + (long) rows * trueWeights.length
                    + " exceeds Limits.MAX_EXPERIMENT_WORK");
        }
    }
}
