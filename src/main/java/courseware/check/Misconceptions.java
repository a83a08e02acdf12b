package courseware.check;

import courseware.model.Misconception;
import courseware.model.NumberText;
import courseware.model.Numeral;
import courseware.model.QuizQuestion;
import courseware.model.Stated;
import courseware.model.StatedValue;
import courseware.model.ValueRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a known wrong computation lands: its value written at the precision of the answer as the learner reads it,
 * accepted by the answer's own tolerance rule. The page gives a learner inside that interval the misconception's
 * feedback; the build refuses one whose interval meets the answer's or another misconception's.
 */
public final class Misconceptions {
    private Misconceptions() {}

    /** A misconception and the interval its value gets in one variant. */
    public record Landing(Misconception misconception, Tolerance interval) {}

    /**
     * The question's misconceptions where they land in one variant ({@code checks}), in the author's order; one whose
     * value is not one finite number (the build reported it) is left out. What the page and every export give feedback by.
     */
    public static List<Landing> of(QuizQuestion q, CheckResults checks) {
        List<Landing> out = new ArrayList<>();
        if (q.answerRef() == null) return out;
        Optional<Checked> answer = checks.get(q.answerRef());
        if (answer.isEmpty()) return out;
        Stated shown = answerAsShown(q.answerRef(), answer.get());
        for (Misconception m : q.misconceptions()) {
            checks.get(m.value()).flatMap(wrong -> interval(shown, wrong.value())).ifPresent(t -> out.add(new Landing(m, t)));
        }
        return out;
    }

    /** The answer of {@code ref} as one variant states it ({@code checked}: its outcome in that variant). */
    public static Stated answerAsShown(ValueRef ref, Checked checked) {
        return new Stated(checked.display(), ref.stated().pos(), StatedValue.read(checked.display()), ref.stated().tolerance());
    }

    /** The interval a misconception's value gets; empty when the answer or the value is not one finite number. */
    public static Optional<Tolerance> interval(Stated answer, Value value) {
        if (!(answer.value() instanceof StatedValue.Number n) || !(value instanceof Value.Num num) || !Double.isFinite(num.value())) {
            return Optional.empty();
        }
        if (n.style() instanceof NumberText.Written.Scientific && num.value() == 0) return Optional.empty();
        return Numeral.read(NumberText.restated(num.value(), n.style())).map(v -> Tolerance.of(v, answer.tolerance()));
    }

    /** Whether two intervals share a value. */
    static boolean overlap(Tolerance a, Tolerance b) {
        int lowHigh = a.low().compareTo(b.high()), highLow = a.high().compareTo(b.low());
        boolean aStartsBeforeBEnds = lowHigh < 0 || (lowHigh == 0 && a.lowInclusive() && b.highInclusive());
        boolean aEndsAfterBStarts = highLow > 0 || (highLow == 0 && a.highInclusive() && b.lowInclusive());
        return aStartsBeforeBEnds && aEndsAfterBStarts;
    }
}
