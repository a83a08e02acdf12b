package courseware.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Moodle's numerical grading, as {@code question/type/numerical/question.php} does it
 * ({@code qtype_numerical_answer::get_tolerance_interval} with the default "nominal" type, and {@code within_tolerance}):
 * in doubles, {@code T = tolerance + 10^-precision * max(1, |answer|)} with PHP's default {@code precision = 14}, and a
 * value passes when {@code answer - T <= value <= answer + T}. That added term widens every interval, so the exported
 * tolerance is chosen, among doubles, so that Moodle's computed ends are exactly the doubles nearest our closed
 * bounds (as a typed bound is read).
 *
 * <p>One answer ± tolerance cannot always land on both ends: when the answer's double is not the doubles' midpoint of
 * the two ends (a recomputed variant's answer often is not), {@code a - T} and {@code a + T} round apart by one ulp.
 * Moodle grades by the first answer whose interval holds the value ({@code get_matching_answer}), so two full-mark
 * answers then hold the interval: one ending exactly at the low bound, one exactly at the high bound, overlapping
 * inside. The question is refused only when neither works.
 */
final class MoodleTolerance {
    /** One of Moodle's answers: its value and tolerance, as decimal text. */
    record Answer(String answer, String tolerance) {}

    /** What Moodle is told: one or two full-mark answers whose intervals together are ours; the first is shown as right. */
    record Exported(List<Answer> answers) {
        Exported {
            answers = List.copyOf(answers);
        }
    }

    private static final double PRECISION_TERM = Math.pow(10, -14);
    /** Tolerances tried each side of each start, one ulp apart. */
    private static final int SEARCH = 1 << 12;
    /** Answer doubles tried each side of the ends' midpoint. */
    private static final int NEIGHBOURS = 4;

    private MoodleTolerance() {}

    /** Moodle's verdict for a learner's value. */
    static boolean within(Exported e, double value) {
        for (Answer answer : e.answers()) {
            double a = Double.parseDouble(answer.answer());
            double t = Math.abs(Double.parseDouble(answer.tolerance()));
            double widened = t + PRECISION_TERM * Math.max(1, Math.abs(a));
            if (a - widened <= value && value <= a + widened) return true;
        }
        return false;
    }

    /**
     * The answers under which Moodle accepts exactly the doubles in {@code [low, high]} (both closed, around
     * {@code answer}); empty when the doubles cannot hold it.
     */
    static Optional<Exported> closed(BigDecimal answer, BigDecimal low, BigDecimal high) {
        double a = answer.doubleValue();
        if (!Double.isFinite(a)) return Optional.empty();
        // The doubles a learner's typed bound becomes: the same reading QTI's float comparison makes.
        double lowD = low.doubleValue();
        double highD = high.doubleValue();
        double half = high.subtract(low).doubleValue() / 2;
        Candidate one = Candidate.best(a, lowD, highD, half);
        if (one.both != null) return Optional.of(new Exported(List.of(answer(Exportable.exact(answer), one.both))));
        Candidate others = new Candidate();
        for (double c : neighbours(lowD / 2 + highD / 2)) {
            if (c != a) others = others.or(Candidate.best(c, lowD, highD, half));
        }
        // The author's answer first where it can be one of the two (Moodle shows the first full-mark answer as right).
        String written = Exportable.exact(answer);
        if (covers(one.low, others.high)) {
            return Optional.of(new Exported(List.of(answer(written, one.low), answer(text(others.highAt), others.high))));
        }
        if (covers(others.low, one.high)) {
            return Optional.of(new Exported(List.of(answer(written, one.high), answer(text(others.lowAt), others.low))));
        }
        if (others.both != null) return Optional.of(new Exported(List.of(answer(text(others.bothAt), others.both))));
        Candidate best = one.or(others);
        if (!covers(best.low, best.high)) return Optional.empty();
        return Optional.of(new Exported(List.of(answer(text(best.lowAt), best.low), answer(text(best.highAt), best.high))));
    }

    /** Whether a fit from the low end and one from the high end leave no double between them. */
    private static boolean covers(Fit low, Fit high) {
        return low != null && high != null && high.lo <= Math.nextUp(low.hi);
    }

    private static Answer answer(String value, Fit fit) {
        return new Answer(value, Double.toString(fit.t));
    }

    /** A double's shortest decimal, as plain text (Moodle's PHP reads it back to the same double). */
    private static String text(double d) {
        return Exportable.exact(new BigDecimal(Double.toString(d)));
    }

    private static List<Double> neighbours(double mid) {
        List<Double> out = new ArrayList<>();
        double below = mid;
        double above = Math.nextUp(mid);
        for (int i = 0; i < NEIGHBOURS; i++, below = Math.nextDown(below), above = Math.nextUp(above)) {
            out.add(below);
            out.add(above);
        }
        return out;
    }

    /** A tolerance and Moodle's computed ends under it. */
    private record Fit(double t, double lo, double hi) {}

    /**
     * For answer doubles tried so far: a fit landing on both ends, else the fit landing on the low end reaching
     * highest and the fit landing on the high end reaching lowest, each never past the other end.
     */
    private static final class Candidate {
        Fit both;
        double bothAt;
        Fit low;
        double lowAt;
        Fit high;
        double highAt;

        static Candidate best(double a, double lowD, double highD, double half) {
            Candidate c = new Candidate();
            double widening = PRECISION_TERM * Math.max(1, Math.abs(a));
            // Moodle's T that would land exactly on each end, and between them: the fits lie within an ulp of the
            // answer around these, far finer than the tolerance's own ulp, so each start is searched ulp by ulp.
            double toLow = a - lowD;
            double toHigh = highD - a;
            for (double w : new double[] {toLow / 2 + toHigh / 2, half, toLow, toHigh}) {
                double t0 = w - widening;
                if (!(t0 >= 0)) continue;
                double up = t0;
                double down = t0;
                for (int i = 0; i < SEARCH && c.both == null; i++) {
                    c.consider(a, up, widening, lowD, highD);
                    if (down >= 0) c.consider(a, down, widening, lowD, highD);
                    up = Math.nextUp(up);
                    down = Math.nextDown(down);
                }
            }
            return c;
        }

        private void consider(double a, double t, double widening, double lowD, double highD) {
            double w = t + widening;
            Fit f = new Fit(t, a - w, a + w);
            if (f.lo == lowD && f.hi == highD) {
                both = f;
                bothAt = a;
            } else if (f.lo == lowD && f.hi < highD && (low == null || f.hi > low.hi)) {
                low = f;
                lowAt = a;
            } else if (f.hi == highD && f.lo > lowD && (high == null || f.lo < high.lo)) {
                high = f;
                highAt = a;
            }
        }

        Candidate or(Candidate other) {
            if (both != null) return this;
            if (other.both != null) return other;
            Candidate c = new Candidate();
            boolean otherLow = low == null || (other.low != null && other.low.hi > low.hi);
            c.low = otherLow ? other.low : low;
            c.lowAt = otherLow ? other.lowAt : lowAt;
            boolean otherHigh = high == null || (other.high != null && other.high.lo < high.lo);
            c.high = otherHigh ? other.high : high;
            c.highAt = otherHigh ? other.highAt : highAt;
            return c;
        }
    }
}
