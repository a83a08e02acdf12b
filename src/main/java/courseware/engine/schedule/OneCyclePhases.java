package courseware.engine.schedule;

import courseware.engine.Check;

/**
 * torch OneCycleLR ({@code get_lr}) for the rate and the cycled momentum, two or three phases, cosine or linear
 * annealing. Phase ends: pct*T - 1, then T - 1 (two phases) or pct*T - 1, 2*pct*T - 2, T - 1 (three phases);
 * {@code values} are the phase endpoints, e.g. rate: max/div, max, max/(div*final_div). A step past T raises in
 * torch, and here.
 */
record OneCyclePhases(long totalSteps, double[] ends, double[] values, boolean linear) implements Schedule {
    private static final String WHAT = "one-cycle";

    OneCyclePhases {
        Check.positive(WHAT, "total steps", totalSteps);
        ends = ends.clone();
        values = values.clone();
        double previous = 0;
        for (double end : ends) {
            if (!(end > previous)) {
                throw Check.fail(WHAT, "PyTorch OneCycleLR needs every phase to last more than 0 steps (phase ends "
                        + java.util.Arrays.toString(ends) + " from pct_start * total_steps), otherwise it divides by zero");
            }
            previous = end;
        }
    }

    static OneCyclePhases rate(double maxLr, long total, double pctStart, double divFactor, double finalDivFactor,
            boolean linear, boolean threePhase) {
        Check.finite(WHAT, "maximum value", maxLr);
        checkCommon(total, pctStart);
        Check.positive(WHAT, "div_factor", divFactor);
        Check.positive(WHAT, "final_div_factor", finalDivFactor);
        double initial = maxLr / divFactor;
        double min = initial / finalDivFactor;
        return threePhase
                ? new OneCyclePhases(total, ends(total, pctStart, true), new double[] {initial, maxLr, initial, min}, linear)
                : new OneCyclePhases(total, ends(total, pctStart, false), new double[] {initial, maxLr, min}, linear);
    }

    static OneCyclePhases momentum(long total, double pctStart, double baseMomentum, double maxMomentum,
            boolean linear, boolean threePhase) {
        checkCommon(total, pctStart);
        Check.finite(WHAT, "base momentum", baseMomentum);
        Check.finite(WHAT, "max momentum", maxMomentum);
        return threePhase
                ? new OneCyclePhases(total, ends(total, pctStart, true),
                        new double[] {maxMomentum, baseMomentum, maxMomentum, maxMomentum}, linear)
                : new OneCyclePhases(total, ends(total, pctStart, false),
                        new double[] {maxMomentum, baseMomentum, maxMomentum}, linear);
    }

    private static void checkCommon(long total, double pctStart) {
        Check.positive(WHAT, "total steps", total);
        Check.between(WHAT, "pct_start", pctStart, 0, 1);
    }

    private static double[] ends(long total, double pct, boolean threePhase) {
        return threePhase
                ? new double[] {pct * total - 1, 2 * pct * total - 2, total - 1}
                : new double[] {pct * total - 1, total - 1};
    }

    @Override
    public double at(long step) {
        Check.step(WHAT, step);
        if (step > totalSteps) {
            throw Check.fail(WHAT, "PyTorch OneCycleLR raises ValueError past the cycle: step " + step
                    + " > total steps " + totalSteps);
        }
        double start = 0;
        for (int i = 0; i < ends.length; i++) {
            double end = ends[i];
            if (step <= end || i == ends.length - 1) {
                double pct = (step - start) / (end - start);
                return linear ? (values[i + 1] - values[i]) * pct + values[i] : cos(values[i], values[i + 1], pct);
            }
            start = end;
        }
        throw new IllegalStateException("unreachable");
    }

    /** torch _annealing_cos: end + (start - end) / 2 * (cos(pi * pct) + 1). */
    static double cos(double start, double end, double pct) {
        double cosOut = StrictMath.cos(Math.PI * pct) + 1;
        return end + (start - end) / 2.0 * cosOut;
    }

    @Override
    public double[] ends() {
        return ends.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OneCyclePhases p && p.totalSteps == totalSteps && p.linear == linear
                && java.util.Arrays.equals(p.ends, ends) && java.util.Arrays.equals(p.values, values);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "OneCyclePhases[total=" + totalSteps + ", ends=" + java.util.Arrays.toString(ends) + ", values="
                + java.util.Arrays.toString(values) + ", linear=" + linear + "]";
    }
}
