package courseware.engine.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import courseware.engine.Near;
import org.junit.jupiter.api.Test;

/** AdaGrad and RMSProp; expected values from python3 transcriptions in reference_values.py. */
class AdaptiveOptimizerTest {
    private static final double[][] G = {{0.5}, {-1.0}, {2.0}};
    private static final double TOL = 1e-13;

    @Test
    void adagradTorch() {
        // torch/optim/adagrad.py: G += g^2; p -= clr g / (sqrt(G) + eps). Hand, step 1: G = 0.25,
        // p = 1 - 0.1 * 0.5 / (0.5 + 1e-10) = 0.90000000002
        Optimizer o = Optimizers.adagrad(AdagradConfig.of(0.1), new double[] {1});
        double[][] expected = {{0.90000000002, 0.25}, {0.9894427191119917, 1.25}, {0.9021555630214042, 5.25}};
        for (int k = 0; k < 3; k++) {
            OptimizerSnapshot s = o.step(G[k]);
            Near.rel(expected[k][0], s.params()[0], TOL);
            Near.rel(expected[k][1], s.state("sum")[0], TOL);
        }
        // lr_decay 0.5: clr = lr / (1 + (t - 1) * 0.5); python3 0.9159849013693674
        Optimizer decayed = Optimizers.adagrad(AdagradConfig.of(0.1).withLrDecay(0.5), new double[] {1});
        Near.rel(0.9159849013693674, Optimizers.run(decayed, G).last().params()[0], TOL);
    }

    @Test
    void adagradOptaxPutsEpsInsideAndStartsTheSumAt01() {
        // optax scale_by_rss: sum starts at 0.1; update g / sqrt(sum + 1e-7). python3 step values:
        Optimizer o = Optimizers.adagrad(AdagradConfig.optax(0.1), new double[] {1});
        double[][] expected = {{0.9154845866007779, 0.35}, {1.0015508799955246, 1.35}, {0.915083340570209, 5.35}};
        for (int k = 0; k < 3; k++) {
            OptimizerSnapshot s = o.step(G[k]);
            Near.rel(expected[k][0], s.params()[0], TOL);
            Near.rel(expected[k][1], s.state("sum")[0], TOL);
        }
        // a zero gradient with a zero accumulator gives a zero update, not 0/0
        Optimizer zero = Optimizers.adagrad(AdagradConfig.optax(0.1).withInitialAccumulator(0), new double[] {1});
        assertEquals(1.0, zero.step(new double[] {0}).requireFinite().params()[0], 0.0);
    }

    @Test
    void rmspropTorch() {
        // torch/optim/rmsprop.py, alpha 0.99, eps 1e-8, lr 0.01; python3 after 3 steps:
        Optimizer plain = Optimizers.rmsProp(RmsPropConfig.of(0.01), new double[] {1});
        OptimizerSnapshot s = Optimizers.run(plain, G).last();
        Near.rel(0.9021204008561933, s.params()[0], TOL);
        Near.rel(0.05235025000000004, s.state("square_avg")[0], TOL);
        Optimizer centered = Optimizers.rmsProp(RmsPropConfig.of(0.01).withCentered(true).withMomentum(0.9),
                new double[] {1});
        OptimizerSnapshot c = Optimizers.run(centered, G).last();
        Near.rel(0.8103199250794908, c.params()[0], TOL);
        Near.rel(0.015000500000000016, c.state("grad_avg")[0], TOL);
        Near.rel(8.834687205666565, c.state("momentum_buffer")[0], TOL);
    }

    @Test
    void rmspropOptax() {
        // optax alias rmsprop: scale_by_rms (eps inside the root) -> scale(-lr) -> trace; decay 0.9
        Optimizer plain = Optimizers.rmsProp(RmsPropConfig.optax(0.01), new double[] {1});
        OptimizerSnapshot s = Optimizers.run(plain, G).last();
        Near.rel(0.9689499173174368, s.params()[0], TOL);
        Near.rel(0.5102499999999999, s.state("square_avg")[0], TOL);
        Optimizer centered = Optimizers.rmsProp(RmsPropConfig.optax(0.01).withCentered(true).withMomentum(0.9),
                new double[] {1});
        OptimizerSnapshot c = Optimizers.run(centered, G).last();
        Near.rel(0.9359936711882029, c.params()[0], TOL);
        // optax's trace holds the lr-scaled update, torch's buffer does not
        Near.rel(-0.029603877448633166, c.state("momentum_buffer")[0], TOL);
    }

    @Test
    void validation() {
        assertThrows(IllegalArgumentException.class, () -> RmsPropConfig.of(0.01).withNesterov(true));
        assertThrows(IllegalArgumentException.class, () -> AdagradConfig.optax(0.1).withLrDecay(0.1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RmsPropConfig.of(0.01).withAlpha(1.5));
        assertEquals("RMSProp: alpha (decay) must be between 0 and 1, got 1.5", e.getMessage());
    }
}
