package courseware.check;

import courseware.model.Numeral;
import courseware.model.Stated;
import courseware.model.StatedValue;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * How a learner's typed number is graded, the one rule the page's grader ({@code quiz.js}) mirrors
 * and the browser parity test holds it to: the entry is read exactly as a stated number is
 * ({@link Numeral#read}), and it is right iff its exact decimal value lies in the
 * question's accepted interval. No tolerance is re-derived from the learner's digits.
 */
public final class LearnerAnswer {
    public enum Verdict { RIGHT, WRONG, UNREADABLE }

    private LearnerAnswer() {}

    /** A typed or written number's exact value, read as a stated number is; null when it is not one. */
    public static Optional<BigDecimal> read(String typed) {
        return Numeral.read(typed);
    }

    public static Verdict judge(String typed, Tolerance accepted) {
        return Numeral.read(typed).map(v -> accepted.contains(v) ? Verdict.RIGHT : Verdict.WRONG).orElse(Verdict.UNREADABLE);
    }

    /** What an entry earns: its verdict and, for a wrong one, the misconception it matches (its index), or -1. */
    public record Feedback(Verdict verdict, int misconception) {}

    /**
     * The verdict, and for a wrong entry the first misconception whose interval holds it: the feedback the page shows.
     * The build keeps misconceptions' intervals apart from the answer's and from each other, so at most one holds it.
     */
    public static Feedback feedback(String typed, Tolerance accepted, java.util.List<Tolerance> misconceptions) {
        Verdict verdict = judge(typed, accepted);
        if (verdict == Verdict.WRONG) {
            for (int i = 0; i < misconceptions.size(); i++) {
                if (judge(typed, misconceptions.get(i)) == Verdict.RIGHT) return new Feedback(verdict, i);
            }
        }
        return new Feedback(verdict, -1);
    }

    /**
     * The interval a numeric quiz answer accepts: the check's when the answer is bound to one
     * ({@code "{{ expr ~ 0.0854 }}"}), else the written-precision rule of the answer as written.
     * Empty when there is no single interval (a vector, or text that is not a number).
     */
    public static Optional<Tolerance> interval(Optional<Checked> checked, Stated answer) {
        if (checked.isPresent()) {
            return checked.get().acceptance() instanceof Acceptance.Within w && w.intervals().size() == 1
                    ? Optional.of(w.intervals().get(0)) : Optional.empty();
        }
        return answer != null && answer.value() instanceof StatedValue.Number n
                ? Optional.of(Tolerance.of(n.value(), answer.tolerance())) : Optional.empty();
    }

    /** The interval as the page carries it: exact decimal bounds, e.g. {@code [0.01455,0.01465)}. */
    public static String attribute(Tolerance t) {
        return (t.lowInclusive() ? "[" : "(") + t.low().toString() + "," + t.high().toString() + (t.highInclusive() ? "]" : ")");
    }

}
