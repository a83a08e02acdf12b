package courseware.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.engine.Near;
import courseware.engine.SplitMix64;
import courseware.engine.objective.Descent;
import courseware.engine.objective.DescentRun;
import courseware.engine.objective.Objective;
import courseware.engine.objective.TestObjectives;
import courseware.engine.schedule.Schedules;
import org.junit.jupiter.api.Test;

class StochasticTest {

    @Test
    void splitMix64ReferenceOutputs() {
        // Rosetta Code "Pseudo-random numbers/Splitmix64" (Vigna's splitmix64.c), seed 1234567
        SplitMix64 r = new SplitMix64(1234567);
        long[] expected = {6457827717110365317L, 3203168211198807973L, Long.parseUnsignedLong("9817491932198370423"),
            4593380528125082431L, Long.parseUnsignedLong("16408922859458223821")};
        for (long e : expected) {
            assertEquals(e, r.nextLong());
        }
        // seed 0: first output 0xE220A8397B1DCDAF (splitmix64.c known answer)
        assertEquals(0xE220A8397B1DCDAFL, new SplitMix64(0).nextLong());
    }

    @Test
    void uniformsGaussiansAndBoundedIntegers() {
        // python3 transcription of the documented algorithms (reference_values.py), seed 42
        SplitMix64 r = new SplitMix64(42);
        assertEquals(0.7415648787718233, r.nextDouble(), 0.0);   // top 53 bits * 2^-53: exact
        assertEquals(0.1599103928769201, r.nextDouble(), 0.0);
        assertEquals(0.27860113025513866, r.nextDouble(), 0.0);
        SplitMix64 g = new SplitMix64(42);
        Near.rel(0.8822489062222688, g.nextGaussian(), 1e-14);   // Box-Muller, cosine branch
        Near.rel(-0.4508498757188601, g.nextGaussian(), 1e-14);
        Near.rel(0.1883526341159315, g.nextGaussian(), 1e-14);
        SplitMix64 b = new SplitMix64(7);
        long[] below = new long[5];
        for (int i = 0; i < 5; i++) {
            below[i] = b.nextLong(10);
        }
        assertArrayEquals(new long[] {3, 2, 3, 1, 7}, below);
        assertThrows(IllegalArgumentException.class, () -> b.nextLong(0));
    }

    @Test
    void noisyDescentIsSeededAndReducesToPlainGdWithoutNoise() {
        // python3: x = 1; 3 times x = x - 0.1 * (x + 0.5 * gauss()) with SplitMix64(42) -> 0.7041395319995502
        Objective f = TestObjectives.halfSquare();
        DescentRun run = Descent.noisy(f, new double[] {1}, Schedules.constant(0.1), 0.5, 3, 42);
        Near.rel(0.7041395319995502, run.finalX(), 1e-13);
        assertEquals(run, Descent.noisy(f, new double[] {1}, Schedules.constant(0.1), 0.5, 3, 42));
        DescentRun quiet = Descent.noisy(f, new double[] {1}, Schedules.constant(0.1), 0, 3, 42);
        assertEquals(Descent.run(f, new double[] {1}, 0.1, 3).finalX(), quiet.finalX(), 0.0);
    }

    @Test
    void meanSquareRecursion() {
        // eta 0.1, a = -1, sigma 1: r = (1 - 0.1)^2 = 0.81, c = 0.01 (hand)
        MeanSquareRecursion m = new MeanSquareRecursion(0.1, -1, 1);
        assertEquals(0.81, m.factor(), 1e-16);
        assertEquals(0.01, m.noise(), 1e-17);
        assertEquals(0.82, m.next(1), 1e-15);                  // 0.81 * 1 + 0.01
        double[] seq = m.sequence(1, 2);
        assertArrayEquals(new double[] {1, 0.82, 0.6742}, seq, 1e-15);   // 0.81 * 0.82 + 0.01 = 0.6742
        assertEquals(seq[2], m.at(2, 1), 1e-15);
        assertTrue(m.stable());
        assertEquals(0.01 / 0.19, m.stationaryValue(), 1e-16);   // c / (1 - r) = 0.05263157894736842
        MeanSquareRecursion unstable = new MeanSquareRecursion(0.1, 1, 1);   // r = 1.21
        assertThrows(IllegalStateException.class, unstable::stationaryValue);
        assertEquals(3.0, new MeanSquareRecursion(1, 0, 1).at(2, 1), 0.0);    // r = 1: m0 + k c
    }

    @Test
    void simulationAgreesWithTheRecursion() {
        MeanSquareRecursion m = new MeanSquareRecursion(0.1, -1, 1);
        ExperimentResult sim = SeedExperiment.meanSquare(m, 1.0, 50, 4000, 1).requireFinite();
        double exact = m.at(50, 1.0);
        // the sample mean of x_50^2 should sit within 4 standard errors of E[x_50^2]
        assertEquals(exact, sim.summary().mean(), 4 * sim.summary().standardError());
        assertEquals(sim, SeedExperiment.meanSquare(m, 1.0, 50, 4000, 1));     // same seeds, same numbers
    }

    @Test
    void summaryUsesTheSampleEstimator() {
        // python3 statistics.mean / statistics.stdev of [2, 4, 4, 4, 5, 5, 7, 9]: 5.0 and 2.138089935299395
        Summary s = Summary.of(new double[] {2, 4, 4, 4, 5, 5, 7, 9});
        assertEquals(5.0, s.mean(), 0.0);
        Near.ulps(2.138089935299395, s.std(), 1);
        assertEquals(2, s.min(), 0.0);
        assertEquals(9, s.max(), 0.0);
        assertEquals(2.138089935299395 / Math.sqrt(8), s.standardError(), 1e-15);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Summary.of(new double[] {1}));
        assertEquals("summary: the sample standard deviation (n - 1 denominator) needs at least 2 values, got 1",
                e.getMessage());
        assertTrue(!Summary.of(new double[] {1, Double.NaN}).finite());
    }

    @Test
    void experimentLimits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SeedExperiment.run(10_001, 0, seed -> 0));
        assertEquals("seed experiment: number of seeds must be between 2 and 10000 (Limits.MAX_SEEDS), got 10001",
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> SeedExperiment.meanSquare(new MeanSquareRecursion(0.1, -1, 1), 1, 10_000_000, 10_000, 0));
        ExperimentResult r = SeedExperiment.run(3, 10, seed -> seed);
        assertArrayEquals(new double[] {10, 11, 12}, r.values(), 0.0);
        assertEquals(1.0, r.summary().std(), 0.0);
    }
}
