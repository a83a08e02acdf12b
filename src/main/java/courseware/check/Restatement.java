package courseware.check;

import courseware.model.NumberText;
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
    public static Optional<String> of(String stated, String toleranceOverride, double value) {
        BigDecimal written = StatedComparison.numeral(stated);
        if (written == null || !Double.isFinite(value)) return Optional.empty();
        String core = stated.strip();
        boolean unicodeMinus = core.indexOf('\u2212') >= 0;
        boolean plus = core.startsWith("+");
        int e = Math.max(core.indexOf('e'), core.indexOf('E'));
        if (e >= 0 && value == 0) return Optional.empty(); // zero has no exponent of its own
        String text = NumberText.restated(value, e < 0 ? new NumberText.Written.Plain(Math.max(written.scale(), 0), unicodeMinus, plus)
                : new NumberText.Written.Scientific(Math.max(1, written.precision()), core.charAt(e), unicodeMinus, plus));
        try {
            if (!StatedComparison.tolerance(StatedComparison.numeral(text), toleranceOverride).accepts(value)) return Optional.empty();
        } catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
        return Optional.of(text);
    }
}
