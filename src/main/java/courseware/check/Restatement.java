package courseware.check;

import courseware.model.Numeral;
import courseware.model.Stated;
import courseware.model.StatedValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A wrong stated number written again from the engine's value, in the author's own style: as many
 * decimals as they wrote (or significant digits, in scientific notation), their exponent letter and
 * minus sign. Offered only when the new text passes the same tolerance rule, so a fix always checks.
 */
public final class Restatement {
    private Restatement() {}

    /** The text to write instead of {@code stated}, or empty when that cannot be done in its style. */
    public static Optional<String> of(Stated stated, double value) {
        if (!(stated.value() instanceof StatedValue.Number number) || !Double.isFinite(value)) return Optional.empty();
        BigDecimal written = number.value();
        String core = number.written();
        boolean unicodeMinus = core.indexOf('\u2212') >= 0;
        boolean plus = core.startsWith("+");
        int e = Math.max(core.indexOf('e'), core.indexOf('E'));
        BigDecimal exact = new BigDecimal(value);
        String text;
        if (e < 0) {
            text = exact.setScale(Math.max(written.scale(), 0), RoundingMode.HALF_UP).toPlainString();
        } else {
            int digits = Math.max(1, written.precision());
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_UP));
            if (rounded.signum() == 0) return Optional.empty();
            int exponent = rounded.precision() - rounded.scale() - 1;
            String mantissa = rounded.movePointLeft(exponent).setScale(digits - 1, RoundingMode.UNNECESSARY).toPlainString();
            text = mantissa + core.charAt(e) + exponent;
        }
        if (text.startsWith("-") && unicodeMinus) text = "\u2212" + text.substring(1);
        else if (!text.startsWith("-") && plus) text = "+" + text;
        BigDecimal restated = Numeral.read(text).orElseThrow(); // written above in a numeral's shape
        return Tolerance.of(restated, stated.tolerance()).accepts(value) ? Optional.of(text) : Optional.empty();
    }
}
