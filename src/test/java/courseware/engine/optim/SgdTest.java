package courseware.engine.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.engine.Convention;
import courseware.engine.Near;
import courseware.engine.NonFiniteResultException;
import courseware.engine.schedule.Schedule;
import courseware.engine.schedule.Schedules;
import org.junit.jupiter.api.Test;

class SgdTest {
    private static final double[][] GRADS = {{1}, {2}, {3}};

    @Test
    void plainGradientDescentByHand() {
        // x0 = 1, lr 0.1, gradients 1, 2, 3: 1 - 0.1 = 0.9, 0.9 - 0.2 = 0.7, 0.7 - 0.3 = 0.4 (up to rounding)
        Optimizer gd = Optimizers.gradientDescent(0.1, new double[] {1});
        assertEquals(0.9, gd.step(new double[] {1}).params()[0], 1e-16);
        assertEquals(0.7, gd.step(new double[] {2}).params()[0], 1e-16);
        assertEquals(0.4, gd.step(new double[] {3}).params()[0], 1e-15);
        assertEquals(3, gd.stepCount());
        assertTrue(gd.snapshot().state().isEmpty());
    }

    @Test
    void torchMomentumBufferStartsAtTheFirstGradient() {
        // pytorch/pytorch torch/optim/sgd.py _single_tensor_sgd: buf = g at step 1 (no dampening), then
        // buf = mu buf + (1 - tau) g. Hand: mu 0.9, tau 0.5: b1 = 1, b2 = 0.9 + 1 = 1.9, b3 = 1.71 + 1.5 = 3.21;
        // x: 1 - 0.1, - 0.19, - 0.321 -> 0.9, 0.71, 0.389 (python3 float64 loop: 0.38899999999999996)
        Optimizer torch = Optimizers.sgd(SgdConfig.of(0.1).withMomentum(0.9).withDampening(0.5)
                .withConvention(Convention.PYTORCH), new double[] {1});
        double[] expectedBuf = {1.0, 1.9, 3.21};
        double[] expectedX = {0.9, 0.71, 0.38899999999999996};
        for (int k = 0; k < 3; k++) {
            OptimizerSnapshot s = torch.step(GRADS[k]);
            assertEquals(expectedBuf[k], s.state("momentum_buffer")[0], 1e-15, "buffer after step " + (k + 1));
            assertEquals(expectedX[k], s.params()[0], 1e-15, "x after step " + (k + 1));
        }
    }

    @Test
    void textbookMomentumDampensFromTheStart() {
        // Textbook heavy ball with b0 = 0: b1 = 0.5 * 1 = 0.5, b2 = 0.45 + 1 = 1.45, b3 = 1.305 + 1.5 = 2.805;
        // x: 0.95, 0.805, 0.5245 (python3 float64 loop in reference_values.py)
        Optimizer textbook = Optimizers.sgd(SgdConfig.of(0.1).withMomentum(0.9).withDampening(0.5),
                new double[] {1});
        double[] expectedBuf = {0.5, 1.45, 2.8049999999999997};
        double[] expectedX = {0.95, 0.8049999999999999, 0.5245};
        for (int k = 0; k < 3; k++) {
            OptimizerSnapshot s = textbook.step(GRADS[k]);
            assertEquals(expectedBuf[k], s.state("momentum_buffer")[0], 1e-15);
            assertEquals(expectedX[k], s.params()[0], 1e-15);
        }
    }

    @Test
    void withoutDampeningAllConventionsAgree() {
        // b1 = g1 either way when tau = 0, so torch, textbook and optax's trace coincide.
        for (Convention c : Convention.values()) {
            Optimizer o = Optimizers.sgd(SgdConfig.of(0.1).withMomentum(0.9).withConvention(c), new double[] {1});
            OptimizerRun run = Optimizers.run(o, GRADS);
            // hand: b = 1, 2.9, 5.61; x = 1 - 0.1 - 0.29 - 0.561 = 0.049
            assertEquals(0.049, run.last().params()[0], 1e-15, c.name());
            assertEquals(5.61, run.last().state("momentum_buffer")[0], 1e-14, c.name());
        }
    }

    @Test
    void torchNesterovWithWeightDecay() {
        // torch/optim/sgd.py: g += wd * p before momentum; nesterov d = g + mu * buf.
        // python3 float64 transcription (reference_values.py): steps -> x, buf
        Optimizer o = Optimizers.sgd(SgdConfig.of(0.1).withMomentum(0.9).withNesterov(true).withWeightDecay(0.1)
                .withConvention(Convention.PYTORCH), new double[] {1});
        double[][] expected = {{0.7909999999999999, 1.1}, {0.30687099999999984, 3.0691},
            {-0.5175566490000003, 5.7928771}};
        for (int k = 0; k < 3; k++) {
            OptimizerSnapshot s = o.step(GRADS[k]);
            Near.rel(expected[k][0], s.params()[0], 1e-14);
            Near.rel(expected[k][1], s.state("momentum_buffer")[0], 1e-14);
        }
    }

    @Test
    void zeroGradientLeavesParametersAlone() {
        Optimizer o = Optimizers.sgd(SgdConfig.of(0.1).withMomentum(0.9), new double[] {2, -3});
        assertArrayEquals(new double[] {2, -3}, o.step(new double[] {0, 0}).params(), 0.0);
    }

    @Test
    void nonFiniteGradientStopsTheRunAndIsReported() {
        Optimizer o = Optimizers.gradientDescent(0.1, new double[] {1});
        OptimizerRun run = Optimizers.run(o, new double[][] {{1}, {Double.NaN}, {1}});
        assertFalse(run.finite());
        assertEquals(2, run.firstNonFiniteStep());
        assertEquals(2, run.last().step());
        assertThrows(NonFiniteResultException.class, run::requireFinite);
        assertFalse(run.last().finite());
    }

    @Test
    void validation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SgdConfig.of(0.1).withNesterov(true));
        assertEquals("SGD: Nesterov momentum requires momentum > 0 and dampening 0, got momentum 0 and dampening 0",
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> SgdConfig.of(0.1).withDampening(0.5).withConvention(Convention.OPTAX));
        Optimizer o = Optimizers.gradientDescent(0.1, new double[] {1, 2});
        e = assertThrows(IllegalArgumentException.class, () -> o.step(new double[] {1}));
        assertEquals("SGD: gradient must have 2 coordinates, got 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Optimizers.run(o, (p, k) -> new double[] {0, 0}, 10_000_001));
        assertEquals("optimizer run: steps must be at most 10000000 (Limits.MAX_ITERATIONS), got 10000001",
                e.getMessage());
    }

    @Test
    void scheduledLearningRateUsesZeroBasedSteps() {
        // update k uses lr.at(k - 1): rates 1, 0.5 -> x = 0 - 1*1 - 0.5*1 = -1.5
        Schedule lr = Schedules.stepDecay(1, 1, 0.5);
        Optimizer o = Optimizers.sgd(SgdConfig.of(lr), new double[] {0});
        assertEquals(-1.5, Optimizers.run(o, new double[][] {{1}, {1}}).last().params()[0], 0.0);
    }
}
