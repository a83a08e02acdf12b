package courseware.engine.clip;

import courseware.engine.Check;
import courseware.engine.NonFiniteResultException;

/**
 * Outcome of a clipping operation. {@code normBefore} is the norm the rule compared with the threshold (for value
 * clipping the max norm); {@code scale} is the factor applied (for value clipping, the factor applied to the
 * largest entry); {@code clipped} tells whether the rule changed anything.
 */
public record ClipResult(double[] gradient, double normBefore, double scale, boolean clipped) {
    public ClipResult {
        gradient = gradient.clone();
    }

    /** A copy of the clipped vector. */
    @Override
    public double[] gradient() {
        return gradient.clone();
    }

    /** True when the norm, the scale and every coordinate are finite numbers. */
    public boolean finite() {
        return Double.isFinite(normBefore) && Double.isFinite(scale) && Check.allFinite(gradient);
    }

    /** Returns this result, or throws if a NaN or infinity came out (e.g. a non-finite gradient went in). */
    public ClipResult requireFinite() {
        if (!finite()) {
            throw new NonFiniteResultException("gradient clipping produced a non-finite result: norm "
                    + normBefore + ", scale " + scale + ", gradient " + java.util.Arrays.toString(gradient));
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClipResult r && java.util.Arrays.equals(gradient, r.gradient)
                && Double.compare(normBefore, r.normBefore) == 0 && Double.compare(scale, r.scale) == 0
                && clipped == r.clipped;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(gradient) * 31 + Double.hashCode(normBefore);
    }

    @Override
    public String toString() {
        return "ClipResult[gradient=" + java.util.Arrays.toString(gradient) + ", normBefore=" + normBefore
                + ", scale=" + scale + ", clipped=" + clipped + "]";
    }
}
