package courseware.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a shown value ({@code {{ name }}}) is written: as a person writes it, never as float noise.
 * By default the shortest decimal that round-trips at 12 significant digits ({@code 3.4}, not
 * {@code 3.4000000000000004}); {@code {{ x; sig 3 }}} rounds to 3 significant digits and
 * {@code {{ x; dp 2 }}} to 2 decimals (trailing zeros kept), half away from zero, both exact on
 * the double's binary value.
 */
public final class ShownFormat {
    private ShownFormat() {}

    /** The default: 12 significant digits, trailing zeros dropped; scientific only for extreme magnitudes. */
    public static String shortest(double d) {
        return significant(d, 12, true);
    }

    /** A vector as written in lessons, {@code (3.4, 0.3)}, at the default precision. */
    public static String shortest(double[] values) {
        return vector(values, ShownFormat::shortest);
    }

    private static String vector(double[] values, java.util.function.DoubleFunction<String> one) {
        return Arrays.stream(values).mapToObj(one).collect(Collectors.joining(", ", "(", ")"));
    }

    /** {@code format} is a {@code sig} or {@code dp} spec; the default is the caller's, as givens are shown as written. */
    static String apply(courseware.model.ShownSpec format, Value value) {
        boolean sig = format instanceof courseware.model.ShownSpec.Significant;
        int n = switch (format) {
            case courseware.model.ShownSpec.Significant s -> s.digits();
            case courseware.model.ShownSpec.Decimals d -> d.decimals();
            case courseware.model.ShownSpec.Default d -> throw new IllegalArgumentException("no format to apply");
        };
        if (value instanceof Value.Num num) return one(num.value(), sig, n);
        if (value instanceof Value.Vec vec) return vector(vec.values(), d -> one(d, sig, n));
        throw new IllegalArgumentException("format '" + (sig ? "sig " : "dp ") + n + "' is for numbers and vectors, and this is " + value.kind());
    }

    private static String one(double d, boolean sig, int n) {
        if (!Double.isFinite(d)) return Double.toString(d);
        if (sig) return significant(d, n, false);
        return new BigDecimal(d).setScale(n, RoundingMode.HALF_UP).toPlainString();
    }

    private static String significant(double d, int digits, boolean strip) {
        if (!Double.isFinite(d)) return Double.toString(d);
        if (d == 0) return "0";
        BigDecimal b = new BigDecimal(d).round(new MathContext(digits, RoundingMode.HALF_UP));
        int exponent = b.precision() - b.scale() - 1;
        if (strip) b = b.stripTrailingZeros();
        else if (digits - 1 - exponent > b.scale()) b = b.setScale(digits - 1 - exponent); // 1.5 at sig 3 is 1.50
        if (exponent < -6 || exponent >= 15) return b.toString().replace("E+", "e").replace("E", "e");
        return exponent >= 0 && b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }
}
