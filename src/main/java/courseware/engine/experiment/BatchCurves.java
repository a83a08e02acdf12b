package courseware.engine.experiment;

/**
 * Per-epoch full-data loss of full-batch GD and mini-batch SGD over seeds: at each epoch (index 0 is
 * before training) the mean over seeds and the sample standard deviation (n - 1), as
 * {@link Summary} computes them. For curves with a band of plus or minus one standard deviation.
 */
public record BatchCurves(double[] fullMean, double[] fullStd, double[] miniMean, double[] miniStd) {
    public BatchCurves {
        fullMean = fullMean.clone();
        fullStd = fullStd.clone();
        miniMean = miniMean.clone();
        miniStd = miniStd.clone();
    }

    @Override
    public double[] fullMean() { return fullMean.clone(); }

    @Override
    public double[] fullStd() { return fullStd.clone(); }

    @Override
    public double[] miniMean() { return miniMean.clone(); }

    @Override
    public double[] miniStd() { return miniStd.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof BatchCurves c && java.util.Arrays.equals(c.fullMean, fullMean) && java.util.Arrays.equals(c.fullStd, fullStd)
                && java.util.Arrays.equals(c.miniMean, miniMean) && java.util.Arrays.equals(c.miniStd, miniStd);
    }

    @Override
    public int hashCode() { return java.util.Arrays.hashCode(fullMean); }

    @Override
    public String toString() { return "BatchCurves[epochs=" + (fullMean.length - 1) + "]"; }
}
