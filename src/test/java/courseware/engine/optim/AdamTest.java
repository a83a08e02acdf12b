package courseware.engine.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import courseware.engine.Convention;
import courseware.engine.Near;
import org.junit.jupiter.api.Test;

/**
 * Expected values: python3 float64 transcriptions of each library's update in its own operation order
 * (src/test/reference/reference_values.py; sources cited there and in docs/engine.md).
 */
class AdamTest {
    private static final double[][] G = {{0.5}, {-1.0}, {2.0}};
    private static final double TOL = 1e-13;

    private static OptimizerSnapshot run(AdamConfig config, double[][] grads) {
        return Optimizers.run(Optimizers.adam(config, new double[] {1.0}), grads).requireFinite().last();
    }

    @Test
    void firstStepByHand() {
        // t = 1: m = 0.1 g, v = 0.001 g^2, m_hat = g, v_hat = g^2, step = lr g / (|g| + eps) ~ lr sign(g):
        // x = 1 - 0.1 * 0.5 / (0.5 + 1e-8) = 0.900000002 (python3: 0.900000002)
        Optimizer adam = Optimizers.adam(AdamConfig.of(0.1), new double[] {1});
        OptimizerSnapshot s = adam.step(G[0]);
        Near.rel(0.900000002, s.params()[0], TOL);
        Near.rel(0.05, s.state("m")[0], TOL);
        Near.rel(0.00025, s.state("v")[0], TOL);
    }

    @Test
    void afterThreeStepsEveryConventionMatchesItsLibrary() {
        // python3: torch/optim/adam.py _single_tensor_adam; optax scale_by_adam; Kingma & Ba Algorithm 1
        double[] p = {0.9366103542405654, 0.8946447927181046};
        for (Convention c : new Convention[] {Convention.TEXTBOOK, Convention.PYTORCH, Convention.OPTAX}) {
            Optimizer adam = Optimizers.adam(AdamConfig.of(0.1).withConvention(c), new double[] {1});
            adam.step(G[0]);
            Near.rel(p[0], adam.step(G[1]).params()[0], TOL);
            OptimizerSnapshot s = adam.step(G[2]);
            Near.rel(p[1], s.params()[0], TOL);
            Near.rel(0.15049999999999997, s.state("m")[0], TOL);   // after 3 steps m = 0.1505
            Near.rel(0.005248500250000005, s.state("v")[0], TOL);  // after 3 steps v = 0.0052485
        }
    }

    @Test
    void adamWDecouplesWeightDecay() {
        // torch/optim/adamw.py: p *= 1 - lr*wd before the Adam step; optax.adamw: -lr (u + wd p).
        // python3 after 3 steps, wd 0.1: 0.8665676891558989 (both)
        for (Convention c : new Convention[] {Convention.TEXTBOOK, Convention.PYTORCH, Convention.OPTAX}) {
            Near.rel(0.8665676891558989, run(AdamConfig.adamW(0.1, 0.1).withConvention(c), G).params()[0], TOL);
        }
        // torch Adam with weight_decay adds wd * p to the gradient instead (L2): python3 0.8776172608049325
        OptimizerSnapshot l2 = run(AdamConfig.of(0.1).withWeightDecay(0.1).withConvention(Convention.PYTORCH), G);
        Near.rel(0.8776172608049325, l2.params()[0], TOL);
        Near.rel(0.17595263520945598, l2.state("m")[0], TOL);
    }

    @Test
    void transformersLegacyAdamWPutsEpsBeforeBiasCorrection() {
        // legacy transformers.AdamW (correct_bias=True): step_size = lr sqrt(bc2) / bc1, denom sqrt(v) + eps,
        // weight decay p += -lr*wd*p after the step. python3: 0.867605057415438 after 3 steps (wd 0.1)
        Near.rel(0.867605057415438,
                run(AdamConfig.adamW(0.1, 0.1).withConvention(Convention.TRANSFORMERS), G).params()[0], TOL);
        // eps placement shows with tiny gradients (1e-6, 1e-6), lr 0.1:
        // torch sqrt(v)/sqrt(bc2) + eps -> 0.8019801980198027; transformers sqrt(v) + eps -> 0.8423034420441129
        double[][] tiny = {{1e-6}, {1e-6}};
        Near.rel(0.8019801980198027, run(AdamConfig.of(0.1).withConvention(Convention.PYTORCH), tiny).params()[0],
                1e-12);
        Near.rel(0.8423034420441129,
                run(AdamConfig.of(0.1).withConvention(Convention.TRANSFORMERS), tiny).params()[0], 1e-12);
    }

    @Test
    void amsgradTorchKeepsTheRawMaximum() {
        // gradients 10, 0.1, 0.1, 0.1, lr 0.01. torch keeps max of raw v (0.1), dividing by sqrt(bc2) later;
        // optax (scale_by_amsgrad) and the textbook keep max of bias-corrected v_hat (100).
        double[][] g = {{10}, {0.1}, {0.1}, {0.1}};
        OptimizerSnapshot torch = run(AdamConfig.of(0.01).withAmsgrad(true).withConvention(Convention.PYTORCH), g);
        Near.rel(0.9735386786575168, torch.params()[0], TOL);
        Near.rel(0.10000000000000009, torch.state("v_max")[0], TOL);
        for (Convention c : new Convention[] {Convention.TEXTBOOK, Convention.OPTAX}) {
            OptimizerSnapshot s = run(AdamConfig.of(0.01).withAmsgrad(true).withConvention(c), g);
            Near.rel(0.9799528815000105, s.params()[0], TOL);
            Near.rel(100.0, s.state("v_max")[0], TOL);
        }
    }

    @Test
    void optaxEpsRoot() {
        // optax: m_hat / (sqrt(v_hat + eps_root) + eps); python3 with eps_root 1e-8: 0.8946447945451254
        Near.rel(0.8946447945451254,
                run(AdamConfig.of(0.1).withConvention(Convention.OPTAX).withEpsRoot(1e-8), G).params()[0], TOL);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AdamConfig.of(0.1).withEpsRoot(1e-8));
        assertEquals("Adam: eps_root exists only in optax (Convention.OPTAX), got 1.0E-8 with TEXTBOOK", e.getMessage());
    }

    @Test
    void validation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AdamConfig.of(0.1).withBetas(1.0, 0.999));
        assertEquals("Adam: beta1 must be in [0, 1), got 1", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> AdamConfig.of(0.1).withAmsgrad(true).withConvention(Convention.TRANSFORMERS));
        assertThrows(IllegalArgumentException.class,
                () -> AdamConfig.of(0.1).withWeightDecay(0.1).withConvention(Convention.TRANSFORMERS));
        assertThrows(IllegalArgumentException.class,
                () -> Optimizers.adam(AdamConfig.of(0.1), new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class,
                () -> Optimizers.adam(AdamConfig.of(0.1), new double[] {1}).snapshot().state("momentum"));
    }
}
