package courseware.check;

import courseware.model.NumberText;
import courseware.model.Numeral;
import courseware.model.Stated;
import courseware.model.StatedValue;
import java.math.BigDecimal;
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
        NumberText.Written style = number.style();
        if (style instanceof NumberText.Written.Scientific && value == 0) return Optional.empty(); // zero has no exponent of its own
        String text = NumberText.restated(value, style);
        BigDecimal restated = Numeral.read(text).orElseThrow(); // written above in a numeral's shape
        return Tolerance.of(restated, stated.tolerance()).accepts(value) ? Optional.of(text) : Optional.empty();
    }
}
