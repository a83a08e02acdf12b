package courseware.engine.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import courseware.engine.Convention;
import courseware.engine.experiment.CrossEntropy;
import courseware.engine.objective.Descent;
import courseware.engine.objective.DescentRun;
import courseware.engine.objective.Objective;
import courseware.engine.objective.TestObjectives;
import org.junit.jupiter.api.Test;

/**
 * Nesterov's two forms, torch's maximize, RMSprop weight_decay and Adagrad's lr_decay / initial_accumulator_value /
 * weight_decay. pytorch/pytorch test/test_optim.py checks these options only against other runs (no literal values),
 * so the expected values are hand closed forms of the documented update rules (torch/optim/sgd.py, adam.py,
 * rmsprop.py, adagrad.py), each written out in the comment next to it.
 */
class OptimizerOptionsTest {

    private static final Objective SQUARE = TestObjectives.square();

    @Test
    void textbookNesterovIsTheLookAheadForm() {
        // Sutskever et al. (2013) eq. (3)-(4): v <- mu v - lr f'(x + mu v), x <- x + v. f = x^2, lr 0.1, mu 0.9, x0 1:
        // v1 = -0.1 * 2 = -0.2, x1 = 0.8; look-ahead 0.8 - 0.18 = 0.62, v2 = -0.18 - 0.1 * 1.24 = -0.304, x2 = 0.496
        Optimizer o = Optimizers.sgd(SgdConfig.of(0.1).withMomentum(0.9).withNesterov(true), new double[] {1});
        DescentRun run = Descent.run(SQUARE, o, 2);
        assertEquals(0.8, run.trajectory()[1][0], 1e-15);
        assertEquals(0.496, run.trajectory()[2][0], 1e-15);
        assertEquals(-0.304, o.snapshot().state("velocity")[0], 1e-15);
    }

    @Test
    void pytorchNesterovUsesTheGradientAtX() {
        // torch/optim/sgd.py: b1 = g1, x -= lr (g + mu b). g1 = 2: b = 2, x1 = 1 - 0.1 * 3.8 = 0.62;
        // g2 = 1.24: b = 1.8 + 1.24 = 3.04, x2 = 0.62 - 0.1 * (1.24 + 2.736) = 0.2224
        for (Convention c : new Convention[] {Convention.PYTORCH, Convention.OPTAX}) {
            Optimizer o = Optimizers.sgd(SgdConfig.of(0.1).withMomentum(0.9).withNesterov(true).withConvention(c),
                    new double[] {1});
            DescentRun run = Descent.run(SQUARE, o, 2);
            assertEquals(0.62, run.trajectory()[1][0], 1e-15, c.name());
            assertEquals(0.2224, run.trajectory()[2][0], 1e-15, c.name());
        }
    }

    @Test
    void maximizeNegatesTheGradientFirst() {
        // torch sgd.py / adam.py: grad = -grad when maximize, before weight decay. SGD, lr 0.1, wd 0.1, x0 1, g = 2:
        // d = -2 + 0.1 * 1 = -1.9, x1 = 1 + 0.19 = 1.19
        Optimizer sgd = Optimizers.sgd(SgdConfig.of(0.1).withWeightDecay(0.1).withMaximize(true)
                .withConvention(Convention.PYTORCH), new double[] {1});
        assertEquals(1.19, sgd.step(new double[] {2}).params()[0], 1e-15);
        // Adam, lr 0.001, x0 0, g = 0.02: m = -0.002, v = 4e-7; m_hat = -0.02, v_hat = 4e-4,
        // x1 = 0 + 0.001 * 0.02 / (0.02 + 1e-8)
        for (Convention c : Convention.values()) {
            Optimizer adam = Optimizers.adam(AdamConfig.of(0.001).withMaximize(true).withConvention(c), new double[] {0});
            OptimizerSnapshot s = adam.step(new double[] {0.02});
            assertEquals(-0.1 * 0.02, s.state("m")[0], 1e-18, c.name());
            double expected = c == Convention.TRANSFORMERS
                    // legacy AdamW: eps added before bias correction: lr sqrt(bc2)/bc1 * m / (sqrt(v) + eps)
                    ? 0.001 * Math.sqrt(0.001) / 0.1 * 0.002 / (Math.sqrt(4e-7) + 1e-8)
                    : 0.001 * 0.02 / (0.02 + 1e-8);
            assertEquals(expected, s.params()[0], 1e-17, c.name());
        }
    }

    @Test
    void rmspropWeightDecayIsAddedToTheGradient() {
        // torch rmsprop.py: grad = grad + wd * p; v = alpha v + (1 - alpha) grad^2; p -= lr grad / (sqrt(v) + eps).
        // lr 0.01, alpha 0.99, eps 1e-8, wd 0.5, x0 2, g 1: grad = 2, v = (1 - 0.99) * 4 (0.04 up to the rounding of
        // 1 - 0.99), x1 = 2 - 0.01 * 2 / (sqrt(v) + 1e-8)
        double v = (1 - 0.99) * 2 * 2;
        Optimizer o = Optimizers.rmsProp(RmsPropConfig.of(0.01).withWeightDecay(0.5)
                .withConvention(Convention.PYTORCH), new double[] {2});
        OptimizerSnapshot s = o.step(new double[] {1});
        assertEquals(v, s.state("square_avg")[0], 1e-17);
        assertEquals(0.04, s.state("square_avg")[0], 1e-16);
        assertEquals(2 - 0.01 * 2 / (Math.sqrt(v) + 1e-8), s.params()[0], 1e-15);
    }

    @Test
    void adagradOptions() {
        // torch adagrad.py: grad += wd p; clr = lr / (1 + (step - 1) lr_decay); sum += grad^2;
        // p -= clr grad / (sqrt(sum) + eps). lr 0.1, lr_decay 0.5, initial_accumulator_value 1, wd 0.1, eps 1e-10,
        // x0 1, gradients 1 then 1:
        // step 1: grad = 1.1, clr = 0.1, sum = 1 + 1.21 = 2.21, x1 = 1 - 0.1 * 1.1 / (sqrt(2.21) + 1e-10)
        double x1 = 1 - 0.1 * 1.1 / (Math.sqrt(2.21) + 1e-10);
        // step 2: grad = 1 + 0.1 x1, clr = 0.1 / 1.5, sum = 2.21 + grad^2
        double g2 = 1 + 0.1 * x1;
        double sum2 = 2.21 + g2 * g2;
        double x2 = x1 - 0.1 / 1.5 * g2 / (Math.sqrt(sum2) + 1e-10);
        Optimizer o = Optimizers.adagrad(AdagradConfig.of(0.1).withLrDecay(0.5).withInitialAccumulator(1)
                .withWeightDecay(0.1).withConvention(Convention.PYTORCH), new double[] {1});
        assertEquals(x1, o.step(new double[] {1}).params()[0], 1e-15);
        OptimizerSnapshot s = o.step(new double[] {1});
        assertEquals(sum2, s.state("sum")[0], 1e-14);
        assertEquals(x2, s.params()[0], 1e-15);
    }

    @Test
    void crossEntropyWithLabelSmoothing() {
        // torch CrossEntropyLoss(label_smoothing=eps) = (1 - eps) * nll + eps / K * sum_k(-log p_k) (the formula its
        // docs give as the loss against the smoothed target). Hand: logits (1, 2, 3), class 2, eps 0.1, with
        // log p_k = z_k - log(e + e^2 + e^3)
        double lse = Math.log(Math.E + Math.exp(2) + Math.exp(3));
        double nll = lse - 3;
        double sumNeg = 3 * lse - 6;
        assertEquals(0.9 * nll + 0.1 / 3 * sumNeg, CrossEntropy.loss(new double[] {1, 2, 3}, 2, 0.1), 1e-15);
        assertEquals(nll, CrossEntropy.loss(new double[] {1, 2, 3}, 2, 0), 1e-15);
        // equal logits: every log p is -log K whatever the smoothing
        assertEquals(Math.log(4), CrossEntropy.loss(new double[] {5, 5, 5, 5}, 1, 0.3), 1e-15);
        // a probability target is smoothed first (torch): one-hot (0, 0, 1) gives the class-index value
        assertEquals(CrossEntropy.loss(new double[] {1, 2, 3}, 2, 0.1),
                CrossEntropy.loss(new double[] {1, 2, 3}, new double[] {0, 0, 1}, 0.1), 1e-15);
        // large logits stay finite (max-shifted log-softmax): logits (1000, 0), class 1 -> loss 1000
        assertEquals(1000, CrossEntropy.loss(new double[] {1000, 0}, 1, 0), 1e-12);
    }
}
