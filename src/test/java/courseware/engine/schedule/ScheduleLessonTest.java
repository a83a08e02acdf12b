package courseware.engine.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import courseware.engine.Near;
import courseware.engine.NonFiniteResultException;
import org.junit.jupiter.api.Test;

/** The values stated in the lessons, plus the edges around them. */
class ScheduleLessonTest {

    @Test
    void cosineDecayLessonValue() {
        Schedule s = Schedules.cosineDecay(0.1, 1000);
        // python3 float64: 0 + (0.1 - 0) * (1 + math.cos(math.pi * 750 / 1000)) / 2 = 0.014644660940672627
        Near.ulps(0.014644660940672627, s.at(750), 1);
        // symbolically 0.05 * (1 - sqrt(2)/2) = 0.014644660940672622 in float64 (different rounding path)
        Near.rel(0.05 * (1 - Math.sqrt(2) / 2), s.at(750), 1e-15);
    }

    @Test
    void cosineDecayEdges() {
        Schedule s = Schedules.cosineDecay(0.1, 1000);
        assertEquals(0.1, s.at(0), 0.0);                  // cos(0) = 1: (1 + 1)/2 = 1 exactly
        assertEquals(0.05, s.at(500), 1e-17);             // cos(pi/2) ~ 6e-17
        assertEquals(0.0, s.at(1000), 1e-17);             // cos(pi) = -1: 1 + (-1) = 0
        assertEquals(0.0, s.at(5000), 1e-17);             // textbook holds the floor past K
        Schedule floor = Schedules.cosineDecay(0.1, 1000, 0.01);
        assertEquals(0.01, floor.at(1000), 1e-17);        // floor + (eta0 - floor) * 0
        assertEquals(0.055, floor.at(500), 1e-17);        // 0.01 + 0.09 * 0.5
    }

    @Test
    void warmupThenCosineLessonValues() {
        // warmup 0.0001 -> 0.001 over 1000 steps, then cosine to 0 over 9000 more: total 10 000
        Schedule s = Schedules.warmupCosine(0.0001, 0.001, 1000, 10_000, 0);
        // 0.0001 + 0.0009 * 500/1000 = 0.00055 (python3 float64 prints 0.00055)
        Near.ulps(0.00055, s.at(500), 1);
        // 0.0005 * (1 + cos(4 pi / 9)) = 0.0005868240888334653 (python3 float64, both ways)
        Near.ulps(0.0005868240888334653, s.at(5000), 2);
        assertEquals(0.0001, s.at(0), 0.0);               // step 0 is the warmup start
        assertEquals(0.001, s.at(1000), 0.0);             // warmup boundary: first cosine step, cos(0) = 1
        Near.ulps(0.0001 + 0.0009 * 999 / 1000, s.at(999), 1); // last warmup step
        assertEquals(0.0, s.at(10_000), 1e-19);           // last step: cos(pi)
        assertEquals(0.0, s.at(20_000), 1e-19);           // past the end: held at the end value
    }

    @Test
    void rangeMatchesPointwise() {
        Schedule s = Schedules.warmupCosine(0.0001, 0.001, 1000, 10_000, 0);
        double[] r = s.range(998, 1003);
        assertEquals(5, r.length);
        for (int i = 0; i < r.length; i++) {
            assertEquals(s.at(998 + i), r[i], 0.0);
        }
        assertEquals(0, s.range(7, 7).length);
    }

    @Test
    void badArgumentsNameTheParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Schedules.cosineDecay(0.1, 0));
        assertEquals("cosine decay: total steps K must be > 0, got 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Schedules.cosineDecay(0.1, 10).at(-1));
        assertEquals("cosine decay: step must be >= 0, got -1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Schedules.warmupCosine(0, 1, 100, 100, 0));
        assertEquals("warmup cosine: total steps T (warmup included) must be > warmup steps W = 100, got 100",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Schedules.constant(1).range(0, 20_000_001));
        assertEquals("schedule range: at most 10000000 steps (Limits.MAX_SEQUENCE_LENGTH) per call, got 20000001",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Schedules.constant(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Schedules.constant(1).range(5, 4));
    }

    @Test
    void overflowIsReportedNotReturnedSilently() {
        Schedule s = Schedules.exponential(1.0, 10.0);
        assertEquals(Double.POSITIVE_INFINITY, s.at(400));   // 10^400 overflows double
        assertThrows(NonFiniteResultException.class, () -> s.checkedAt(400));
        assertEquals(1e10, s.checkedAt(10), 1e-5);
    }
}
