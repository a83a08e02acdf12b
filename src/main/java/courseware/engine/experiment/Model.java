package courseware.engine.experiment;

import courseware.engine.Check;

/** The small models a lesson trains: mean losses over a batch of rows and their exact gradients. */
public enum Model {
    /** L(w) = (1 / 2n) sum (x_i . w - y_i)^2. */
    LINEAR_LEAST_SQUARES,
    /** L(w) = (1 / n) sum [log(1 + exp(z_i)) - y_i z_i], z_i = x_i . w (labels 0 or 1). */
    LOGISTIC;

    /** Mean loss over all rows. */
    public double loss(Dataset data, double[] w) {
        Check.notNull("model loss", "dataset", data);
        Check.sameLength("model loss", "weights", w, data.features());
        double sum = 0;
        for (int i = 0; i < data.rows(); i++) {
            sum += rowLoss(data.row(i), data.target(i), w);
        }
        return sum / data.rows();
    }

    /** Mean gradient over all rows. */
    public double[] gradient(Dataset data, double[] w) {
        Check.notNull("model gradient", "dataset", data);
        Check.sameLength("model gradient", "weights", w, data.features());
        int[] all = new int[data.rows()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        double[] g = new double[w.length];
        addGradient(data, w, all, 0, all.length, g);
        return g;
    }

    double rowLoss(double[] x, double y, double[] w) {
        double z = dot(x, w);
        if (this == LINEAR_LEAST_SQUARES) {
            double r = z - y;
            return 0.5 * r * r;
        }
        // log(1 + e^z) - y z, written to avoid overflow for large |z|.
        double softplus = z > 0 ? z + StrictMath.log1p(StrictMath.exp(-z)) : StrictMath.log1p(StrictMath.exp(z));
        return softplus - y * z;
    }

    /** Writes the mean gradient over rows idx[from..to) into g (overwriting it). */
    void addGradient(Dataset data, double[] w, int[] idx, int from, int to, double[] g) {
        java.util.Arrays.fill(g, 0);
        for (int k = from; k < to; k++) {
            double[] x = data.row(idx[k]);
            double z = dot(x, w);
            double r = this == LINEAR_LEAST_SQUARES ? z - data.target(idx[k]) : sigmoid(z) - data.target(idx[k]);
            for (int j = 0; j < g.length; j++) {
                g[j] += r * x[j];
            }
        }
        int n = to - from;
        for (int j = 0; j < g.length; j++) {
            g[j] /= n;
        }
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + StrictMath.exp(-z));
        }
        double e = StrictMath.exp(z);
        return e / (1 + e);
    }
}
