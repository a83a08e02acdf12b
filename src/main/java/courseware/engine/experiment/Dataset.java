package courseware.engine.experiment;

import courseware.engine.Check;
import courseware.engine.Limits;

/** Rows of features x[i] (all of the same length) with targets y[i]. Accessors return copies. */
public record Dataset(double[][] x, double[] y) {
    public Dataset {
        String what = "dataset";
        Check.notNull(what, "features", x);
        Check.notNull(what, "targets", y);
        if (x.length == 0 || x.length != y.length) {
            throw Check.fail(what, "needs at least one row and as many targets as rows, got " + x.length
                    + " rows and " + y.length + " targets");
        }
        if (x.length > Limits.MAX_DATASET_ROWS) {
            throw Check.fail(what, "at most " + Limits.MAX_DATASET_ROWS + " rows (Limits.MAX_DATASET_ROWS), got "
                    + x.length);
        }
        double[][] copy = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            Check.finiteVector(what, "row " + i, x[i]);
            Check.sameLength(what, "row " + i, x[i], x[0].length);
            copy[i] = x[i].clone();
        }
        x = copy;
        y = Check.finiteVector(what, "targets", y).clone();
    }

    @Override
    public double[][] x() {
        double[][] copy = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            copy[i] = x[i].clone();
        }
        return copy;
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    public int rows() {
        return x.length;
    }

    public int features() {
        return x[0].length;
    }

    /** Package-private view without copying, for the training loops. */
    double[] row(int i) {
        return x[i];
    }

    double target(int i) {
        return y[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && java.util.Arrays.deepEquals(x, d.x) && java.util.Arrays.equals(y, d.y);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(x) * 31 + java.util.Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "Dataset[" + rows() + " rows x " + features() + " features]";
    }
}
