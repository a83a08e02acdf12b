package courseware.engine.schedule;

import courseware.engine.Check;
import courseware.engine.Limits;
import courseware.engine.NonFiniteResultException;

/**
 * A learning-rate schedule: the rate used by the optimizer update with 0-based index {@code step}
 * (step 0 is the first update, as in optax's {@code count} and torch's {@code last_epoch} after construction).
 */
public interface Schedule {

    /** The value at {@code step >= 0}; may be non-finite only if the parameters overflow (see {@link #checkedAt}). */
    double at(long step);

    /** Values at steps {@code fromInclusive .. toExclusive - 1}. */
    default double[] range(long fromInclusive, long toExclusive) {
        Check.step("schedule range", fromInclusive);
        if (toExclusive < fromInclusive) {
            throw Check.fail("schedule range", "end step " + toExclusive
                    + " must be >= start step " + fromInclusive);
        }
        long n = toExclusive - fromInclusive;
        if (n > Limits.MAX_SEQUENCE_LENGTH) {
            throw Check.fail("schedule range", "at most " + Limits.MAX_SEQUENCE_LENGTH
                    + " steps (Limits.MAX_SEQUENCE_LENGTH) per call, got " + n);
        }
        double[] out = new double[(int) n];
        for (int i = 0; i < out.length; i++) {
            out[i] = at(fromInclusive + i);
        }
        return out;
    }

    /** Like {@link #at} but throws {@link NonFiniteResultException} instead of returning NaN or infinity. */
    default double checkedAt(long step) {
        double v = at(step);
        if (!Double.isFinite(v)) {
            throw new NonFiniteResultException("schedule " + this + " is " + v + " at step " + step);
        }
        return v;
    }
}
