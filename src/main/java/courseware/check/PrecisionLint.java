package courseware.check;

import courseware.model.NumberText;
import courseware.model.Stated;
import courseware.model.StatedValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stated answer that passes but says little: when its accepted range is wider than a tenth of the
 * recomputed value ({@code 0.01} for 0.0123 accepts anything in [0.005, 0.015)), a wrong value would
 * pass too. The message suggests the value at {@link NumberText#suggestion 3 significant digits}, which always
 * narrows the range well under a tenth. A number that already reads as the value is left alone,
 * however few its digits: {@code 2} for 2, or {@code 0.9} for 0.900000002, equals that suggestion
 * ({@code 2.00}, {@code 0.900}), so it hides nothing, while
 * {@code 2} for 2.3 would. A stated zero has no magnitude to compare with and is judged by its
 * tolerance alone.
 */
final class PrecisionLint {
    static final BigDecimal LIMIT = new BigDecimal("0.1");

    private PrecisionLint() {}

    /**
     * The warning for a passing stated answer, or empty when every accepted range is narrow enough;
     * names the first range too wide. {@code acceptance} is what {@link StatedComparison#compare}
     * gave for this {@code stated} and {@code value}: a {@link Acceptance.Within} comes only from a
     * number (one range) or from a vector with one numeral per component (one range each), so
     * {@code stated}, {@code value} and the ranges have as many components.
     */
    static Optional<String> problem(Stated stated, Value value, Acceptance acceptance) {
        if (!(acceptance instanceof Acceptance.Within within)) return Optional.empty();
        List<BigDecimal> written = numerals(stated.value());
        double[] values = value instanceof Value.Num n ? new double[] {n.value()}
                : value instanceof Value.Vec v ? v.values() : new double[0];
        Tolerance first = null;
        double firstValue = 0;
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            Tolerance t = within.intervals().get(i);
            BigDecimal s = written.get(i);
            if (s.signum() == 0 || v == 0 || !Double.isFinite(v) || new BigDecimal(NumberText.suggestion(v)).compareTo(s) == 0) continue;
            BigDecimal magnitude = new BigDecimal(Math.abs(v));
            if (t.high().subtract(t.low()).compareTo(magnitude.multiply(LIMIT)) > 0 && first == null) {
                first = t;
                firstValue = v;
            }
        }
        if (first == null) return Optional.empty();
        String digits = values.length == 1 ? NumberText.suggestion(values[0]) : NumberText.vector(values, NumberText::suggestion);
        String toleranceOverride = stated.tolerance().written();
        return Optional.of("stated " + stated.text().strip() + " accepts " + first + ", wider than 10% of the value " + new Value.Num(firstValue).show()
                + ", so a wrong value would pass too; write " + digits
                + (toleranceOverride.isEmpty() ? "" : " or narrow '" + toleranceOverride + "'"));
    }

    /** The stated number, or each component of a stated vector. */
    private static List<BigDecimal> numerals(StatedValue stated) {
        return switch (stated) {
            case StatedValue.Number n -> List.of(n.value());
            case StatedValue.Vector v -> v.components().stream().map(StatedValue.Number::value).toList();
            case StatedValue.Word w -> List.of();
        };
    }
}
