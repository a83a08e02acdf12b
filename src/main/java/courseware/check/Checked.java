package courseware.check;

import courseware.diag.Pos;

/**
 * The outcome for one {@code {{ }}}: what the page shows, and for a stated answer what the engine
 * computed and which values the statement accepts.
 *
 * @param display     the text the learner reads (the statement as written, or the shown value)
 * @param stated      true for a checked answer, false for a shown value
 * @param value       the recomputed value
 * @param acceptance  what the statement accepts: exact intervals, one value, or nothing for a shown value
 * @param computation how the value was computed, with the inputs it used
 * @param passed      whether the statement agrees with the engine (always true for shown values)
 */
public record Checked(Pos pos, String expression, String display, boolean stated, Value value, Acceptance acceptance,
        String computation, boolean passed) implements java.io.Serializable {
    /** The recomputed value at full precision, in words. */
    public String engineValue() { return value.show(); }

    /** The accepted values in words, e.g. {@code [0.01455, 0.01465)}; "" for a shown value. */
    public String accepted() { return acceptance.describe(); }
}
