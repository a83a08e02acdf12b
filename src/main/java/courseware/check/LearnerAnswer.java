package courseware.check;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How a learner's typed number is graded, the one rule the page's grader ({@code quiz.js}) mirrors
 * and the browser parity test holds it to: the entry is read exactly as a stated number is
 * ({@link StatedComparison#numeral}), and it is right iff its exact decimal value lies in the
 * question's accepted interval. No tolerance is re-derived from the learner's digits.
 */
public final class LearnerAnswer {
    public enum Verdict { RIGHT, WRONG, UNREADABLE }

    private LearnerAnswer() {}

    /** A typed or written number's exact value, read as a stated number is; null when it is not one. */
    public static BigDecimal read(String typed) {
        return typed == null ? null : StatedComparison.numeral(typed);
    }

    public static Verdict judge(String typed, Tolerance accepted) {
        BigDecimal v = StatedComparison.numeral(typed);
        if (v == null) return Verdict.UNREADABLE;
        return accepted.contains(v) ? Verdict.RIGHT : Verdict.WRONG;
    }

    /**
     * The interval a numeric quiz answer accepts: the check's when the answer is bound to one
     * ({@code "{{ expr ~ 0.0854 }}"}), else the written-precision rule of the answer as written.
     * Empty when there is no single interval (a vector, or text that is not a number).
     */
    public static Optional<Tolerance> interval(Optional<Checked> checked, String answer) {
        if (checked.isPresent()) {
            return checked.get().acceptance() instanceof Acceptance.Within w && w.intervals().size() == 1
                    ? Optional.of(w.intervals().get(0)) : Optional.empty();
        }
        BigDecimal stated = answer == null ? null : StatedComparison.numeral(answer);
        return stated == null ? Optional.empty() : Optional.of(Tolerance.written(stated));
    }

    /** The interval as the page carries it: exact decimal bounds, e.g. {@code [0.01455,0.01465)}. */
    public static String attribute(Tolerance t) {
        return (t.lowInclusive() ? "[" : "(") + t.low().toString() + "," + t.high().toString() + (t.highInclusive() ? "]" : ")");
    }

}
