package courseware.export;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Moodle's numerical grading, as {@code question/type/numerical/question.php} does it
 * ({@code qtype_numerical_answer::get_tolerance_interval} with the default "nominal" type, and {@code within_tolerance}):
 * in doubles, {@code T = tolerance + 10^-precision * max(1, |answer|)} with PHP's default {@code precision = 14}, and a
 * value passes when {@code answer - T <= value <= answer + T}. That added term widens every interval, so the exported
 * tolerance is chosen, among doubles, so that Moodle's computed ends are exactly the doubles nearest our closed
 * bounds (as a typed bound is read); when no tolerance gives both, the question is refused.
 */
final class MoodleTolerance {
    /** What Moodle is told: the answer and its tolerance, as decimal text. */
    record Exported(String answer, String tolerance) {}

    private static final double PRECISION_TERM = Math.pow(10, -14);
    private static final int SEARCH = 1 << 14;

    private MoodleTolerance() {}

    /** Moodle's verdict for a learner's value. */
    static boolean within(Exported e, double value) {
        double a = Double.parseDouble(e.answer());
        double t = Math.abs(Double.parseDouble(e.tolerance()));
        double widened = t + PRECISION_TERM * Math.max(1, Math.abs(a));
        return a - widened <= value && value <= a + widened;
    }

    /**
     * The answer and tolerance under which Moodle accepts exactly the doubles in {@code [low, high]} (both closed, around
     * {@code answer}); empty when the doubles cannot hold it.
     */
    static Optional<Exported> closed(BigDecimal answer, BigDecimal low, BigDecimal high) {
        double a = answer.doubleValue();
        if (!Double.isFinite(a)) return Optional.empty();
        // The doubles a learner's typed bound becomes: the same reading QTI's float comparison makes.
        double lowD = low.doubleValue();
        double highD = high.doubleValue();
        double widening = PRECISION_TERM * Math.max(1, Math.abs(a));
        double t0 = high.subtract(low).doubleValue() / 2 - widening;
        if (!(t0 >= 0)) return Optional.empty();
        double up = t0;
        double down = t0;
        for (int i = 0; i < SEARCH; i++) {
            if (fits(a, up, widening, lowD, highD)) return Optional.of(new Exported(Exportable.exact(answer), Double.toString(up)));
            if (down >= 0 && fits(a, down, widening, lowD, highD)) return Optional.of(new Exported(Exportable.exact(answer), Double.toString(down)));
            up = Math.nextUp(up);
            down = Math.nextDown(down);
        }
        return Optional.empty();
    }

    private static boolean fits(double a, double t, double widening, double lowD, double highD) {
        double w = t + widening;
        return a - w == lowD && a + w == highD && Double.parseDouble(Double.toString(t)) == t;
    }
}
