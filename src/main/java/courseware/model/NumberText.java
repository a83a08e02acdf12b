package courseware.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;

/**
 * Every number courseware writes for a reader, in one of a few named styles, with one rounding rule: the double's
 * exact binary value ({@code new BigDecimal(d)}, so {@code 0.145}, stored as 0.14499999999999999001..., is below the
 * tie) rounded half away from zero ({@link RoundingMode#HALF_UP}: 0.125 to 0.13, -2.5 to -3), to significant digits
 * or to decimals. Plain digits or scientific notation ({@code 9.54e-7}: the rounded digits, then the exponent of
 * their first digit) is decided per style by the rounded value's exponent, so the text itself is what counts:
 *
 * <table>
 * <caption>The styles</caption>
 * <tr><th>style</th><th>for</th><th>digits</th><th>scientific when the exponent is</th></tr>
 * <tr><td>{@link #shown(double)}</td><td>a shown value, {@code {{ x }}}</td><td>12 significant, trailing zeros
 *     dropped: {@code 3.4}, not {@code 3.4000000000000004}</td><td>below -6 or 15 and above</td></tr>
 * <tr><td>{@link #shown(double, ShownSpec)}</td><td>{@code {{ x; sig 3 }}}, {@code {{ x; dp 2 }}}</td><td>n significant
 *     or n decimals, trailing zeros kept ({@code 1.50})</td><td>sig: below -6 or 15 and above; dp: never</td></tr>
 * <tr><td>{@link #readable(double)}</td><td>a recomputed value in a check table</td><td>6 significant, trailing zeros
 *     dropped</td><td>below -6 or 15 and above</td></tr>
 * <tr><td>{@link #exact(double)}</td><td>a value in a message: exactly what the engine got</td><td>whole numbers below
 *     10^15 in full, others the shortest decimal that reads back as the same double ({@link Double#toString})</td>
 *     <td>as {@link Double#toString}: below -3 or 7 and above ({@code 1.0E-5}), whole numbers excepted</td></tr>
 * <tr><td>{@link #suggestion(double)}</td><td>digits a message asks an author to write</td><td>3 significant,
 *     trailing zeros kept ({@code 2.30})</td><td>below -4 or 7 and above</td></tr>
 * <tr><td>{@link #table(double)}</td><td>a figure's data table and description</td><td>whole numbers below 10^15 in
 *     full, others 4 significant, trailing zeros dropped; a real minus ({@code −})</td><td>below -4 or 7 and above
 *     (whole numbers excepted)</td></tr>
 * <tr><td>{@link #tick(double, double)}</td><td>an axis label</td><td>to the step's last decimal place, trailing
 *     zeros dropped; a real minus</td><td>6 and above, or always when the step is below 10^-4</td></tr>
 * <tr><td>{@link #restated(double, Written)}</td><td>a wrong stated number written again</td><td>the author's:
 *     as many decimals, or as many significant digits with their exponent letter; their minus or plus sign</td>
 *     <td>when the author wrote it so</td></tr>
 * </table>
 *
 * <p>Zero is {@code 0} in every style but the fixed-decimal ones ({@code dp 2}, a tick, a restated number: {@code
 * 0.00}); negative zero is zero. NaN and the infinities are written as {@link Double#toString} does, with a real minus
 * in the table style. A vector is written {@link #vector(double[], DoubleFunction) (a, b)} in any style.
 */
public final class NumberText {
    private NumberText() {}

    /** How the author wrote a stated number, for {@link #restated}: its precision, and a {@code −} or {@code +} sign. */
    public sealed interface Written {
        /** The sign was written {@code −} (U+2212), not {@code -}. */
        boolean realMinus();

        /** A positive number was written with {@code +}. */
        boolean plus();

        /** Plain digits with {@code decimals} decimals: {@code 0.0164}. */
        record Plain(int decimals, boolean realMinus, boolean plus) implements Written {}

        /** {@code digits} significant digits with the exponent after {@code letter}: {@code 1.64e-2}, {@code 9.54E-7}. */
        record Scientific(int digits, char letter, boolean realMinus, boolean plus) implements Written {}
    }

    /** A shown value by default: 12 significant digits, trailing zeros dropped. */
    public static String shown(double d) {
        return dropped(d, 12, -6, 15);
    }

    /** A shown value in its format: {@code sig n} or {@code dp n}, trailing zeros kept. */
    public static String shown(double d, ShownSpec format) {
        if (format instanceof ShownSpec.Default) return shown(d);
        if (!Double.isFinite(d)) return Double.toString(d);
        if (format instanceof ShownSpec.Significant && d == 0) return "0";
        BigDecimal r = rounded(d, format);
        return written(r, format instanceof ShownSpec.Significant && outside(r, -6, 15), 'e');
    }

    /** A recomputed value for a reader: 6 significant digits, trailing zeros dropped. */
    public static String readable(double d) {
        return dropped(d, 6, -6, 15);
    }

    /** Exactly the double: {@code 750}, {@code 3.4000000000000004}, {@code 1.0E-5}. */
    public static String exact(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : Double.toString(d);
    }

    /** The digits to write for a value: 3 significant, trailing zeros kept ({@code 2.30}, {@code 9.54e-7}). */
    public static String suggestion(double d) {
        if (d == 0 || !Double.isFinite(d)) return exact(d);
        BigDecimal r = rounded(d, new ShownSpec.Significant(3));
        return written(r, outside(r, -4, 7), 'e');
    }

    /** A number in a figure's table: whole numbers in full, others at 4 significant digits; a real minus. */
    public static String table(double d) {
        if (!Double.isFinite(d) || (d == Math.rint(d) && Math.abs(d) < 1e15)) return realMinus(exact(d));
        BigDecimal r = rounded(d, new ShownSpec.Significant(4)).stripTrailingZeros();
        return realMinus(written(r, outside(r, -4, 7), 'e'));
    }

    /**
     * The label of the tick at {@code value} on an axis stepping by {@code step}: rounded to the step's last decimal
     * place (the step as it reads, its shortest decimal), so float noise in {@code value} never shows; a real minus.
     */
    public static String tick(double value, double step) {
        BigDecimal place = BigDecimal.valueOf(step).stripTrailingZeros();
        BigDecimal r = rounded(value, new ShownSpec.Decimals(place.scale())).stripTrailingZeros();
        if (r.signum() == 0) return "0";
        return realMinus(written(r, exponent(r) >= 6 || exponent(place) < -4, 'e'));
    }

    /** {@code d} written as the author wrote the number it replaces. */
    public static String restated(double d, Written style) {
        String text = switch (style) {
            case Written.Plain p -> written(rounded(d, new ShownSpec.Decimals(p.decimals())), false, 'e');
            case Written.Scientific s -> written(rounded(d, new ShownSpec.Significant(s.digits())), true, s.letter());
        };
        if (text.startsWith("-")) return style.realMinus() ? "\u2212" + text.substring(1) : text;
        return style.plus() ? "+" + text : text;
    }

    /** A vector as written in lessons, each component in {@code style}: {@code (3.4, 0.3)}. */
    public static String vector(double[] values, DoubleFunction<String> style) {
        return Arrays.stream(values).mapToObj(style).collect(Collectors.joining(", ", "(", ")"));
    }

    /** {@code digits} significant digits, trailing zeros dropped, scientific outside [10^low, 10^high). */
    private static String dropped(double d, int digits, int low, int high) {
        if (!Double.isFinite(d)) return Double.toString(d);
        if (d == 0) return "0";
        BigDecimal r = rounded(d, new ShownSpec.Significant(digits)).stripTrailingZeros();
        return written(r, outside(r, low, high), 'e');
    }

    /**
     * The core: {@code d}'s exact binary value rounded half away from zero to the significant digits (all of them
     * written, trailing zeros kept: 1.5 at 3 is 1.50) or to the decimals.
     */
    private static BigDecimal rounded(double d, ShownSpec precision) {
        BigDecimal exact = new BigDecimal(d);
        return switch (precision) {
            case ShownSpec.Default x -> throw new IllegalArgumentException("the default format rounds by shown(double)");
            case ShownSpec.Decimals p -> exact.setScale(p.decimals(), RoundingMode.HALF_UP);
            case ShownSpec.Significant s -> {
                BigDecimal r = exact.round(new MathContext(s.digits(), RoundingMode.HALF_UP));
                yield r.precision() < s.digits() ? r.setScale(r.scale() + s.digits() - r.precision()) : r;
            }
        };
    }

    /** The power of ten of {@code r}'s first digit; 0 for zero. */
    private static int exponent(BigDecimal r) {
        return r.signum() == 0 ? 0 : r.precision() - r.scale() - 1;
    }

    private static boolean outside(BigDecimal r, int low, int high) {
        return exponent(r) < low || exponent(r) >= high;
    }

    /** {@code r}'s digits as they are: plain, or the digits from the first one, {@code letter} and the exponent. */
    private static String written(BigDecimal r, boolean scientific, char letter) {
        if (!scientific) return r.toPlainString();
        int e = exponent(r);
        return r.scaleByPowerOfTen(-e).toPlainString() + letter + e;
    }

    private static String realMinus(String text) {
        return text.replace('-', '\u2212');
    }
}
