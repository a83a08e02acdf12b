package courseware.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Which recomputed values a stated number accepts. By default the written precision decides: a
 * value passes when rounding it (half away from zero) to the digits written gives the stated
 * number. Comparisons use the exact binary value of the double, so a value near a rounding
 * boundary is judged exactly. See docs/authoring.md for the rule and its overrides.
 */
public record Tolerance(BigDecimal low, boolean lowInclusive, BigDecimal high, boolean highInclusive, Rule rule) implements java.io.Serializable {

    /** Which rule the author wrote, kept for exports whose formats hold only some of them. */
    public enum Rule { WRITTEN, ABSOLUTE, RELATIVE, SIGNIFICANT }

    /** What {@code stated} accepts under the rule the author wrote. */
    public static Tolerance of(BigDecimal stated, courseware.model.ToleranceSpec spec) {
        return switch (spec) {
            case courseware.model.ToleranceSpec.Written w -> written(stated);
            case courseware.model.ToleranceSpec.Absolute a -> absolute(stated, a.amount());
            case courseware.model.ToleranceSpec.Relative r -> relative(stated, r.fraction());
            case courseware.model.ToleranceSpec.Significant g -> significant(stated, g.digits());
        };
    }

    /** The written-precision rule for a numeral such as {@code 0.0146}, {@code -3}, {@code 9.54e-7}. */
    static Tolerance written(BigDecimal stated) {
        BigDecimal half = BigDecimal.ONE.movePointLeft(Math.max(stated.scale(), -999)).divide(BigDecimal.valueOf(2));
        int sign = stated.signum();
        // Half away from zero: the boundary on the far side from zero belongs to the next number.
        return new Tolerance(stated.subtract(half), sign > 0, stated.add(half), sign < 0, Rule.WRITTEN);
    }

    static Tolerance absolute(BigDecimal stated, BigDecimal abs) {
        return new Tolerance(stated.subtract(abs), true, stated.add(abs), true, Rule.ABSOLUTE);
    }

    static Tolerance relative(BigDecimal stated, BigDecimal fraction) {
        BigDecimal d = stated.abs().multiply(fraction);
        return new Tolerance(stated.subtract(d), true, stated.add(d), true, Rule.RELATIVE);
    }

    /**
     * Passes when the value rounded to {@code digits} significant figures equals the stated number
     * so rounded. Below a power of ten the figures are one decade finer, so that side is narrower:
     * at 2 figures, 100 accepts [99.5, 105).
     */
    static Tolerance significant(BigDecimal stated, int digits) {
        if (stated.signum() == 0) {
            Tolerance w = written(stated);
            return new Tolerance(w.low, w.lowInclusive, w.high, w.highInclusive, Rule.SIGNIFICANT);
        }
        BigDecimal rounded = stated.round(new MathContext(digits, RoundingMode.HALF_UP));
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal half = BigDecimal.ONE.movePointLeft(digits - 1 - exponent).divide(BigDecimal.valueOf(2));
        boolean powerOfTen = rounded.abs().stripTrailingZeros().unscaledValue().equals(java.math.BigInteger.ONE);
        BigDecimal towardZero = powerOfTen ? half.movePointLeft(1) : half;
        int sign = rounded.signum();
        BigDecimal low = sign > 0 ? rounded.subtract(towardZero) : rounded.subtract(half);
        BigDecimal high = sign > 0 ? rounded.add(half) : rounded.add(towardZero);
        return new Tolerance(low, sign > 0, high, sign < 0, Rule.SIGNIFICANT);
    }

    /** Whether the exact binary value of {@code value} lies in the interval. */
    public boolean accepts(double value) {
        return Double.isFinite(value) && contains(new BigDecimal(value));
    }

    /** Whether the exact value {@code v} lies in the interval. */
    public boolean contains(BigDecimal v) {
        int lo = v.compareTo(low);
        int hi = v.compareTo(high);
        return (lo > 0 || (lowInclusive && lo == 0)) && (hi < 0 || (highInclusive && hi == 0));
    }

    /** Interval notation, e.g. {@code [0.01455, 0.01465)}. */
    @Override
    public String toString() {
        return (lowInclusive ? "[" : "(") + plain(low) + ", " + plain(high) + (highInclusive ? "]" : ")");
    }

    /** Plain digits when short, scientific notation for extreme magnitudes. */
    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        String p = s.toPlainString();
        return p.length() <= 40 ? p : s.toString();
    }
}
