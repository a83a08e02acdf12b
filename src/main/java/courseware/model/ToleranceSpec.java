package courseware.model;

import java.math.BigDecimal;

/**
 * How close a recomputed value must come to a stated number, as the author wrote it after
 * {@code ;} (docs/authoring.md): by default the written precision. {@link #written()} is the
 * author's own words, for messages.
 */
public sealed interface ToleranceSpec extends java.io.Serializable {
    String written();

    /** No override: the digits written decide. */
    record Written() implements ToleranceSpec {
        public String written() { return ""; }
    }

    /** {@code abs 1e-4}: within {@code amount} either side, ends included. */
    record Absolute(BigDecimal amount, String written) implements ToleranceSpec {}

    /** {@code rel 1%} or {@code rel 0.01}: within {@code fraction} of the stated magnitude either side. */
    record Relative(BigDecimal fraction, String written) implements ToleranceSpec {}

    /** {@code sig 3}: equal once both are rounded to {@code digits} significant digits. */
    record Significant(int digits) implements ToleranceSpec {
        public String written() { return "sig " + digits; }
    }
}
