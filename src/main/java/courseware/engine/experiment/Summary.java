package courseware.engine.experiment;

import courseware.engine.Check;
import courseware.engine.NonFiniteResultException;

/**
 * Mean and spread of a sample. {@code std} is the sample standard deviation with the n - 1 denominator
 * (Bessel's correction, like Python's statistics.stdev and numpy.std(ddof=1)), computed in two passes.
 * {@code standardError} = std / sqrt(n).
 */
public record Summary(int n, double mean, double std, double standardError, double min, double max) {

    /** Needs at least 2 values (the n - 1 estimator is undefined for one). */
    public static Summary of(double[] values) {
        String what = "summary";
        Check.notNull(what, "values", values);
        if (values.length < 2) {
            throw Check.fail(what, "the sample standard deviation (n - 1 denominator) needs at least 2 values, got "
                    + values.length);
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double mean = sum / values.length;
        double squares = 0;
        for (double v : values) {
            double d = v - mean;
            squares += d * d;
        }
        double std = StrictMath.sqrt(squares / (values.length - 1));
        return new Summary(values.length, mean, std, std / StrictMath.sqrt(values.length), min, max);
    }

    public boolean finite() {
        return Double.isFinite(mean) && Double.isFinite(std);
    }

    public Summary requireFinite() {
        if (!finite()) {
            throw new NonFiniteResultException("summary has a non-finite mean or deviation: " + this);
        }
        return this;
    }
}
