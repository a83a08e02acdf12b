package courseware.engine.objective;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.engine.Limits;
import courseware.engine.Near;
import courseware.engine.NonFiniteResultException;
import courseware.engine.optim.AdamConfig;
import courseware.engine.optim.Optimizer;
import courseware.engine.optim.Optimizers;
import org.junit.jupiter.api.Test;

class DescentTest {

    @Test
    void lessonGradientDescentOnSinPlusLinear() {
        // python3 float64 loop: x = 5.0; 200 times x = x - 0.01 * (math.cos(x) + 0.2) -> 4.577708365637502
        DescentRun run = Descent.run(TestObjectives.sinPlusLinear(), new double[] {5.0}, 0.01, 200).requireFinite();
        Near.rel(4.577708365637502, run.finalX(), 1e-14);
        // python3: math.sin(x) + 0.2 * x at that x = -0.07540259369741809
        Near.rel(-0.07540259369741809, run.finalValue(), 1e-12);
        assertEquals(200, run.iterations());
        assertEquals(201, run.trajectory().length);          // start + 200 points
        assertArrayEquals(new double[] {5.0}, run.trajectory()[0], 0.0);
        // first step by hand: 5 - 0.01 (cos 5 + 0.2)
        assertEquals(5 - 0.01 * (Math.cos(5) + 0.2), run.trajectory()[1][0], 1e-15);
        assertEquals(Math.cos(run.finalX()) + 0.2, run.finalGradient()[0], 1e-15);
    }

    @Test
    void twoDimensionalAndZeroIterations() {
        // x^2 - y^2 from (1, 1), lr 0.1: x shrinks by 0.8, y grows by 1.2 per step (hand)
        DescentRun run = Descent.run(TestObjectives.saddle(), new double[] {1, 1}, 0.1, 3);
        assertEquals(Math.pow(0.8, 3), run.finalPoint()[0], 1e-15);
        assertEquals(Math.pow(1.2, 3), run.finalPoint()[1], 1e-15);
        DescentRun none = Descent.run(TestObjectives.saddle(), new double[] {1, 1}, 0.1, 0);
        assertEquals(1, none.trajectory().length);
        assertEquals(0, none.finalValue(), 0.0);
    }

    @Test
    void divergenceIsFlaggedWithTheIteration() {
        // f = x^2, lr 1.5: x -> x - 3x = -2x, so |x_k| = 2^k and f = 4^k = 2^1024 = infinity at k = 512
        DescentRun run = Descent.run(TestObjectives.square(), new double[] {1}, 1.5, 5000);
        assertFalse(run.finite());
        assertEquals(512, run.firstNonFiniteIteration());
        assertEquals(512, run.iterations());
        NonFiniteResultException e = assertThrows(NonFiniteResultException.class, run::requireFinite);
        assertTrue(e.getMessage().startsWith("gradient descent diverged: NaN or infinity at iteration "), e.getMessage());
    }

    @Test
    void limitsAreEnforcedBeforeAnyWork() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Descent.run(TestObjectives.square(), new double[] {1}, 0.1, 10_000_001));
        assertEquals("gradient descent: iterations must be at most 10000000 (Limits.MAX_ITERATIONS), got 10000001",
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Descent.run(TestObjectives.saddle(), new double[] {1}, 0.1, 10));
        assertThrows(IllegalArgumentException.class,
                () -> Descent.run(TestObjectives.square(), new double[] {Double.NaN}, 0.1, 10));
    }

    @Test
    void longRunsKeepABoundedTrajectory() {
        DescentRun run = Descent.run(TestObjectives.square(), new double[] {1}, 0.001, 250_000);
        assertEquals(3, run.recordEvery());
        assertTrue(run.trajectory().length <= Limits.MAX_RECORDED_POINTS + 2);
        assertEquals(run.finalX(), run.trajectory()[run.trajectory().length - 1][0], 0.0);
        // (1 - 0.002)^250000 underflows towards 0 but stays finite
        assertTrue(run.finite());
    }

    @Test
    void optimizerDrivenDescent() {
        // Adam on x^2 from 1: the first step moves by ~lr (hand: m_hat/sqrt(v_hat) = sign(g) = 1)
        Optimizer adam = Optimizers.adam(AdamConfig.of(0.1), new double[] {1});
        DescentRun run = Descent.run(TestObjectives.square(), adam, 1);
        assertEquals(0.9, run.finalX(), 1e-7);
        // GD through the optimizer equals the direct loop
        DescentRun direct = Descent.run(TestObjectives.sinPlusLinear(), new double[] {5}, 0.01, 200);
        DescentRun viaOptimizer = Descent.run(TestObjectives.sinPlusLinear(),
                Optimizers.gradientDescent(0.01, new double[] {5}), 200);
        assertEquals(direct.finalX(), viaOptimizer.finalX(), 0.0);
    }
}
