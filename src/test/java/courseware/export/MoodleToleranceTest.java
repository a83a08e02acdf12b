package courseware.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Moodle's {@code within_tolerance} in doubles accepts exactly the closed interval, by one answer or two. */
class MoodleToleranceTest {
    @ParameterizedTest
    @CsvSource({
        // One answer ± T lands on both ends.
        "0.25, 0.24, 0.26, 1",
        // The answer's double is not the doubles' midpoint of the ends: two answers, the author's first.
        "33.3, 33.25, 33.35, 2",
        "0.8, 0.75, 0.85, 2",
        "850.127, 850.1265, 850.1275, 2",
        "0.0003, 0.00029995, 0.00030005, 2",
        "-1.5, -1.55, -1.45, 1",
    })
    void acceptsExactlyTheDoublesOfTheInterval(String answer, String low, String high, int answers) {
        MoodleTolerance.Exported e = MoodleTolerance.closed(new BigDecimal(answer), new BigDecimal(low), new BigDecimal(high)).orElseThrow();
        assertEquals(answers, e.answers().size(), e.toString());
        if (answers == 2) assertEquals(answer, e.answers().get(0).answer(), "the author's answer is the one Moodle shows");
        double lo = Double.parseDouble(low);
        double hi = Double.parseDouble(high);
        assertTrue(MoodleTolerance.within(e, lo), "low end");
        assertTrue(MoodleTolerance.within(e, hi), "high end");
        assertTrue(MoodleTolerance.within(e, Double.parseDouble(answer)), "answer");
        assertFalse(MoodleTolerance.within(e, Math.nextDown(lo)), "one ulp below");
        assertFalse(MoodleTolerance.within(e, Math.nextUp(hi)), "one ulp above");
        // No hole between two answers: every double from the low end up a little, and down from the high end.
        double x = lo;
        double y = hi;
        for (int i = 0; i < 1000; i++, x = Math.nextUp(x), y = Math.nextDown(y)) {
            assertTrue(MoodleTolerance.within(e, x), "inside at " + x);
            assertTrue(MoodleTolerance.within(e, y), "inside at " + y);
        }
        for (MoodleTolerance.Answer a : e.answers()) {
            double mid = Double.parseDouble(a.answer());
            assertTrue(lo <= mid && mid <= hi, "each answer lies inside: " + a);
        }
    }
}
