package courseware.check;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Which recomputed values a stated answer accepts, as data: exact intervals for numbers (one per
 * component of a vector), the one value for truth values and text, nothing for a value that is only
 * shown. The page's grader, the reports and any export read the bounds from here, never from text.
 */
public sealed interface Acceptance extends java.io.Serializable {
    /** The rule in words, for messages and the page: {@code [0.01455, 0.01465)}. */
    String describe();

    record Within(List<Tolerance> intervals) implements Acceptance {
        public Within {
            intervals = List.copyOf(intervals);
        }

        public String describe() {
            return intervals.stream().map(Tolerance::toString).collect(Collectors.joining(" \u00d7 "));
        }
    }

    record Exactly(Value expected) implements Acceptance {
        public String describe() {
            if (expected instanceof Value.Bool b) return b.value() ? "only true (yes)" : "only false (no)";
            return "\"" + expected.show() + "\" exactly";
        }
    }

    /** A shown value: nothing is stated, so nothing is judged. */
    record Shown() implements Acceptance {
        public String describe() { return ""; }
    }
}
