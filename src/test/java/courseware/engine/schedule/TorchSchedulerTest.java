package courseware.engine.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.engine.Convention;
import courseware.engine.Near;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * torch.optim.lr_scheduler: expected values from pytorch/pytorch test/optim/test_lrscheduler.py (test named at each
 * block; the suite's base rate is 0.05 and its tolerance atol 1e-5). Where a target is a formula in the test, it is
 * evaluated here as written there.
 */
class TorchSchedulerTest {

    private static void assertSequence(double[] expected, Schedule s, double tol) {
        assertSequence(expected, s, tol, expected.length);
    }

    /** torch's _test checks only the first {@code epochs} targets of a list (some lists are longer). */
    private static void assertSequence(double[] expected, Schedule s, double tol, int epochs) {
        for (int k = 0; k < epochs; k++) {
            assertEquals(expected[k], s.at(k), tol, "step " + k);
        }
    }

    private static double[] repeat(double v, int n) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, v);
        return out;
    }

    private static double[] concat(double[]... parts) {
        int n = 0;
        for (double[] p : parts) {
            n += p.length;
        }
        double[] out = new double[n];
        int i = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }

    @Test
    void constantLr() {
        // test_constantlr: ConstantLR(factor=1/2, total_iters=5) -> [0.025] * 5 + [0.05] * 5
        assertSequence(concat(repeat(0.025, 5), repeat(0.05, 5)), Schedules.constantFactor(0.05, 0.5, 5), 1e-17);
        // torch validates 0 <= factor <= 1
        assertThrows(IllegalArgumentException.class, () -> Schedules.constantFactor(0.05, 1.5, 5));
    }

    @Test
    void constantLrWithZeroTotalItersKeepsTheFactorUnderStep() {
        // torch/optim/lr_scheduler.py ConstantLR.get_lr (what step() applies): times factor at last_epoch 0, then the
        // rate is kept while last_epoch != total_iters, and divided by the factor at last_epoch == total_iters, which
        // for total_iters 0 never comes. Its _get_closed_form_lr, base * (factor + (last_epoch >= 0) * (1 - factor)),
        // would give base_lr at every step instead. reference_values.py (get_lr transcribed): ConstantLR(0.5,
        // total_iters=0) on lr 0.05 reads [0.025, 0.025, 0.025, 0.025, 0.025, 0.025] after init and 5 step()s, the
        // closed form 0.05.
        assertSequence(repeat(0.025, 6), Schedules.constantFactor(0.05, 0.5, 0), 0.0);
        // factor 0 as well: 0 * lr at construction, kept
        assertSequence(repeat(0.0, 4), Schedules.constantFactor(0.05, 0, 0), 0.0);
        // SequentialLR restarts a later ConstantLR through the closed form (_update_lr(0)), then steps it: base_lr
        // for good. reference_values.py: SequentialLR([ExponentialLR(0.9), ConstantLR(0.5, total_iters=0)], [3]) on
        // lr 0.05 -> [0.05, 0.045000000000000005, 0.04050000000000001, 0.05, 0.05, 0.05, 0.05]
        Schedule seq = Schedules.join(List.of(Schedules.exponential(0.05, 0.9), Schedules.constantFactor(0.05, 0.5, 0)), 3);
        assertSequence(new double[] {0.05, 0.045000000000000005, 0.04050000000000001, 0.05, 0.05, 0.05, 0.05}, seq, 1e-17);
        // and as the first phase it is stepped from its constructor, so it keeps the factor
        Schedule first = Schedules.join(List.of(Schedules.constantFactor(0.05, 0.5, 0), Schedules.exponential(0.05, 0.9)), 3);
        assertSequence(new double[] {0.025, 0.025, 0.025, 0.05, 0.045000000000000005}, first, 1e-17);
    }

    @Test
    void constantLrWithFactorZeroFailsAtTotalIters() {
        // ConstantLR.get_lr at last_epoch == total_iters: group["lr"] * (1.0 / self.factor), ZeroDivisionError for
        // factor 0 (torch validates only 0 <= factor <= 1), so a training loop stops there; before it the rate is 0.
        Schedule s = Schedules.constantFactor(0.05, 0, 3);
        assertSequence(repeat(0.0, 3), s, 0.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.at(3));
        assertTrue(e.getMessage().contains("ZeroDivisionError"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> s.at(7));
    }

    @Test
    void linearLr() {
        // test_linearlr: LinearLR(start_factor=1/2, total_iters=4): [start + i (1 - start) / 4] * 0.05, then 0.05
        Schedule s = Schedules.linearFactor(0.05, 0.5, 1, 4);
        for (int i = 0; i < 10; i++) {
            double expected = i < 4 ? (0.5 + i * (1 - 0.5) / 4) * 0.05 : 0.05;
            assertEquals(expected, s.at(i), 1e-17, "step " + i);
        }
        // test_get_last_lr_linearlr: start 1/4, end 3/5, iters 4, then 0.05 * end_factor
        Schedule t = Schedules.linearFactor(0.05, 0.25, 0.6, 4);
        for (int i = 0; i < 10; i++) {
            double expected = i < 4 ? (0.25 + i * (0.6 - 0.25) / 4) * 0.05 : 0.05 * 0.6;
            assertEquals(expected, t.at(i), 1e-17, "step " + i);
        }
        // test_linearlr_start_factor_limits1/2: start_factor 0 and 1.1 raise ValueError
        assertThrows(IllegalArgumentException.class, () -> Schedules.linearFactor(0.05, 0, 1, 4));
        assertThrows(IllegalArgumentException.class, () -> Schedules.linearFactor(0.05, 1.1, 1, 4));
    }

    @Test
    void multiStepWithRepeatedMilestonesCompounds() {
        // torch/optim/lr_scheduler.py MultiStepLR keeps Counter(milestones); _get_closed_form_lr is
        // base_lr * gamma ** bisect_right(sorted(milestones.elements()), last_epoch). Hand closed form for
        // milestones [2, 2, 5] (unsorted input [5, 2, 2]): 0.05 before 2, 0.05 * 0.1^2 from 2, * 0.1^3 from 5.
        Schedule s = Schedules.multiStep(0.05, 0.1, 5, 2, 2);
        double[] expected = {0.05, 0.05, 0.05 * 0.1 * 0.1, 0.05 * 0.1 * 0.1, 0.05 * 0.1 * 0.1,
            0.05 * 0.1 * 0.1 * 0.1, 0.05 * 0.1 * 0.1 * 0.1};
        for (int k = 0; k < expected.length; k++) {
            Near.rel(expected[k], s.at(k), 1e-15);
        }
    }

    @Test
    void sequentialLr() {
        // test_sequentiallr1: [ExponentialLR(0.8), StepLR(0.1, step_size=4)], milestones [3]
        Schedule s1 = Schedules.join(List.of(Schedules.exponential(0.05, 0.8), Schedules.stepDecay(0.05, 4, 0.1)), 3);
        assertSequence(concat(new double[] {0.05, 0.04, 0.032}, repeat(0.05, 4), repeat(0.05 * 0.1, 4),
                repeat(0.05 * 0.01, 4), repeat(0.05 * 0.001, 4)), s1, 1e-15);
        // test_sequentiallr2: [ConstantLR(0.1, 3), ExponentialLR(0.9)], milestones [3]
        Schedule s2 = Schedules.join(List.of(Schedules.constantFactor(0.05, 0.1, 3), Schedules.exponential(0.05, 0.9)), 3);
        for (int k = 0; k < 13; k++) {
            double expected = k < 3 ? 0.005 : 0.05 * Math.pow(0.9, k - 3);
            assertEquals(expected, s2.at(k), 1e-15, "step " + k);
        }
        // test_sequentiallr3: [ConstantLR(0.1, 3), ExponentialLR(0.8), StepLR(0.1, 2)], milestones [3, 6]
        Schedule s3 = Schedules.join(List.of(Schedules.constantFactor(0.05, 0.1, 3), Schedules.exponential(0.05, 0.8),
                Schedules.stepDecay(0.05, 2, 0.1)), 3, 6);
        assertSequence(new double[] {0.005, 0.005, 0.005, 0.05, 0.04, 0.032, 0.05, 0.05, 0.005, 0.005, 0.0005, 0.0005},
                s3, 1e-15);
        // test_sequentiallr5: SequentialLR([ChainedScheduler([LinearLR(0.1, total 5), ConstantLR(0.1, 5)]),
        // ConstantLR(0.5, 5)], [5]) -> [0.0005, 0.0014, 0.0023, 0.0032, 0.0041] + [0.025] * 5
        Schedule chained = Schedules.chained(0.05, List.of(Schedules.linearFactor(0.05, 0.1, 1, 5),
                Schedules.constantFactor(0.05, 0.1, 5)));
        Schedule s5 = Schedules.join(List.of(chained, Schedules.constantFactor(0.05, 0.5, 5)), 5);
        assertSequence(new double[] {0.0005, 0.0014, 0.0023, 0.0032, 0.0041, 0.025, 0.025, 0.025, 0.025, 0.025}, s5,
                1e-15);
        // test_sequentiallr_does_not_alias_lr_and_initial_lr: lr 2, [LinearLR(0.1, 0.8, 4), LinearLR(0.8, 0.1, 4)], [4]
        Schedule s6 = Schedules.join(List.of(Schedules.linearFactor(2, 0.1, 0.8, 4), Schedules.linearFactor(2, 0.8, 0.1, 4)), 4);
        assertSequence(new double[] {0.2, 0.55, 0.9, 1.25, 1.6, 1.25, 0.9, 0.55}, s6, 1e-14);
    }

    @Test
    void chainedScheduler() {
        // test_chained_lr2: [LinearLR(start_factor=0.4, total_iters=3)] -> [0.02, 0.03, 0.04] + [0.05] * 9
        Schedule c2 = Schedules.chained(0.05, List.of(Schedules.linearFactor(0.05, 0.4, 1, 3)));
        assertSequence(concat(new double[] {0.02, 0.03, 0.04}, repeat(0.05, 9)), c2, 1e-16, 10);
        // test_chained_lr3: + MultiStepLR([4, 8, 10], 0.1)
        Schedule c3 = Schedules.chained(0.05, List.of(Schedules.linearFactor(0.05, 0.4, 1, 3),
                Schedules.multiStep(0.05, 0.1, 4, 8, 10)));
        assertSequence(concat(new double[] {0.02, 0.03, 0.04, 0.05}, repeat(0.005, 4), repeat(0.0005, 3),
                repeat(0.00005, 3)), c3, 1e-16, 10); // epochs = 10 of the 14 listed
        // test_chained_lr4: [ExponentialLR(0.9), ConstantLR(0.2, 4), StepLR(0.1, 3)]
        Schedule c4 = Schedules.chained(0.05, List.of(Schedules.exponential(0.05, 0.9),
                Schedules.constantFactor(0.05, 0.2, 4), Schedules.stepDecay(0.05, 3, 0.1)));
        double[] t4 = new double[9];
        for (int x = 0; x < 3; x++) {
            t4[x] = 0.05 * 0.2 * Math.pow(0.9, x);
        }
        t4[3] = 0.05 * 0.2 * Math.pow(0.9, 3) * 0.1;
        for (int x = 4; x < 6; x++) {
            t4[x] = 0.05 * Math.pow(0.9, x) * 0.1;
        }
        for (int x = 6; x < 9; x++) {
            t4[x] = 0.05 * Math.pow(0.9, x) * 0.01;
        }
        for (int k = 0; k < 9; k++) {
            Near.rel(t4[k], c4.at(k), 1e-14);
        }
        // test_chained_lr5: [PolynomialLR(power 0.9, total_iters 5), ConstantLR(factor 0.1)] (default total_iters 5):
        // lr * (1 - x/5)^0.9 * 0.1, then 0
        Schedule c5 = Schedules.chained(0.05, List.of(Schedules.polynomial(0.05, 0, 0.9, 5),
                Schedules.constantFactor(0.05, 0.1, 5)));
        for (int x = 0; x < 10; x++) {
            double expected = x < 5 ? 0.05 * Math.pow(1.0 - x / 5.0, 0.9) * 0.1 : 0.0;
            assertEquals(expected, c5.at(x), 1e-15, "step " + x);
        }
    }

    @Test
    void chainedCosineAnnealingFollowsTorchsRecursion() {
        // ChainedScheduler.step() calls each scheduler's step() in turn on one optimizer. CosineAnnealingLR.get_lr:
        // eta_min + (1 + cos(pi e / T)) / (1 + cos(pi (e - 1) / T)) * (lr - eta_min), and at e = T + 1 (mod 2T)
        // lr + (base_lr - eta_min)(1 - cos(pi / T)) / 2; ExponentialLR.get_lr: lr * gamma. With eta_min > 0 the
        // cosine step re-adds eta_min to what ExponentialLR left, so the rate is not the product of the closed forms
        // (that is 0.07403866944496684 at step 2, and the rate even turns negative past T_max).
        // reference_values.py, chained [CosineAnnealingLR(T_max=10, eta_min=0.01), ExponentialLR(0.9)], lr 0.1:
        double[] cosThenExp = {0.1, 0.08801778890995374, 0.07410419064779233, 0.059638175292703814, 0.04583085822889901,
            0.033635105995249014, 0.02369831092097748, 0.016354712288013384, 0.01164977867351198, 0.009380511992799743,
            0.009000000000000001, 0.010082211090046284, 0.009288717269303753, 0.007618300579254306, 0.005406866930270601,
            0.003017479837992442, 0.000773786199929755, -0.0010719254541988825, -0.002353154433423352,
            -0.002990784097754023, -0.0029849995018903005, -0.002400510551513578, -0.0013479631293767664,
            3.5841177408108e-05, 0.0016067282126895992};
        Schedule cosine = Schedules.cosineDecay(Convention.PYTORCH, 0.1, 10, 0.01);
        Schedule exp = Schedules.exponential(0.1, 0.9);
        Schedule c = Schedules.chained(0.1, List.of(cosine, exp));
        assertSequence(cosThenExp, c, 1e-16);
        double[] range = c.range(3, 25);
        for (int k = 3; k < 25; k++) {
            assertEquals(cosThenExp[k], range[k - 3], 1e-16, "range, step " + k);
        }
        // the order matters: [ExponentialLR(0.9), CosineAnnealingLR(T_max=10, eta_min=0.01)]
        assertSequence(new double[] {0.1, 0.08804226065180616, 0.07419741313397091, 0.05983410894233085,
            0.04615180886539112, 0.03409183999472114, 0.024291363803906185, 0.017076563453554915, 0.012487465628408696,
            0.010317448278720297, 0.01, 0.011202456766718093, 0.010320796965893058},
                Schedules.chained(0.1, List.of(exp, cosine)), 1e-16);
        // eta_min 0 is multiplicative up to T_max, but the restart at T_max + 1 adds base_lr (1 - cos(pi / T)) / 2
        // regardless of the other factor: [CosineAnnealingLR(T_max=4), ExponentialLR(0.5)], lr 1
        assertSequence(new double[] {1.0, 0.42677669529663687, 0.125, 0.018305826175840784, 0.0, 0.0732233047033631,
            0.12500000000000003, 0.10669417382415927, 0.06250000000000003, 0.026673543456039818},
                Schedules.chained(1, List.of(Schedules.cosineDecay(Convention.PYTORCH, 1, 4, 0), Schedules.exponential(1, 0.5))),
                1e-16);
        // test_compound_cosanneal_and_exp_lr (two schedulers on one optimizer, eta_min 1e-10, atol 1e-5): targets
        // [eta_min + (0.05 - eta_min)(1 + cos(pi x / 10)) / 2 * 0.1^x for x in range(10)]
        Schedule compound = Schedules.chained(0.05, List.of(Schedules.cosineDecay(Convention.PYTORCH, 0.05, 10, 1e-10),
                Schedules.exponential(0.05, 0.1)));
        for (int x = 0; x < 10; x++) {
            assertEquals((1e-10 + (0.05 - 1e-10) * (1 + Math.cos(Math.PI * x / 10)) / 2) * Math.pow(0.1, x), compound.at(x),
                    1e-5, "step " + x);
        }
    }

    @Test
    void chainedTakesOnlyTorchsChainableSchedulersOnOneOptimizer() {
        // ChainedScheduler expects chainable schedulers, whose get_lr changes the optimizer's rate: CyclicLR sets it
        // from base_lr and max_lr each step; a textbook or optax cosine is not torch's; every scheduler's base_lrs
        // are the one optimizer's initial_lr.
        IllegalArgumentException cyclic = assertThrows(IllegalArgumentException.class, () -> Schedules.chained(0.1,
                List.of(Schedules.cyclic(0.01, 0.1, 4, 4, "triangular", 1), Schedules.exponential(0.1, 0.9))));
        assertTrue(cyclic.getMessage().startsWith("chained schedule: schedule 1 cannot be chained: it is none of torch's"),
                cyclic.getMessage());
        IllegalArgumentException textbook = assertThrows(IllegalArgumentException.class, () -> Schedules.chained(0.1,
                List.of(Schedules.exponential(0.1, 0.9), Schedules.cosineDecay(0.1, 10, 0.01))));
        assertTrue(textbook.getMessage().contains("schedule 2 cannot be chained: torch's CosineAnnealingLR is the PYTORCH"),
                textbook.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Schedules.chained(0.1,
                List.of(Schedules.exponential(0.1, 0.9), Schedules.exponentialDecay(0.1, 0.9, 2, true))));
        IllegalArgumentException base = assertThrows(IllegalArgumentException.class, () -> Schedules.chained(0.05,
                List.of(Schedules.exponential(0.1, 0.9))));
        assertTrue(base.getMessage().contains("built with the rate 0.1"), base.getMessage());
        // the recursion is replayed from step 0, so it has the sequence limit
        assertThrows(IllegalArgumentException.class,
                () -> Schedules.chained(0.1, List.of(Schedules.exponential(0.1, 0.9))).at(10_000_001));
    }

    @Test
    void aChainedScheduleCannotBeALaterPhaseOfAJoin() {
        // torch/optim/lr_scheduler.py: SequentialLR.step calls _update_lr(0) on the next scheduler at its milestone,
        // which needs _get_closed_form_lr; ChainedScheduler has none, so torch raises NotImplementedError there.
        Schedule chained = Schedules.chained(0.1, List.of(Schedules.exponential(0.1, 0.9)));
        IllegalArgumentException later = assertThrows(IllegalArgumentException.class,
                () -> Schedules.join(List.of(Schedules.exponential(0.1, 0.5), chained), 3));
        assertTrue(later.getMessage().startsWith("joined schedule: phase 2 is a chained schedule, which torch's SequentialLR cannot restart"),
                later.getMessage());
        assertEquals(chained.at(2), Schedules.join(List.of(chained, Schedules.exponential(0.1, 0.5)), 3).at(2), "first is fine");
    }

    @Test
    void exponentialLrWithGammaZero() {
        // ExponentialLR: closed form base_lr * gamma ** last_epoch (Python 0.0 ** 0 == 1.0) and get_lr lr * gamma
        // agree: 0.05 at step 0, then 0
        assertSequence(new double[] {0.05, 0, 0, 0}, Schedules.exponential(0.05, 0), 0.0);
    }

    @Test
    void cyclicTriangularModes() {
        // test_cycle_lr_triangular_mode_one_lr: base 1, max 5, step_size_up 4, momentum 1..5
        assertSequence(new double[] {1, 2, 3, 4, 5, 4, 3, 2, 1, 2, 3}, Schedules.cyclic(1, 5, 4, 4, "triangular", 1), 1e-15);
        assertSequence(new double[] {5, 4, 3, 2, 1, 2, 3, 4, 5, 4, 3},
                Schedules.cyclicMomentum(1, 5, 4, 4, "triangular", 1), 1e-15);
        // test_cycle_lr_triangular2_mode_one_lr
        assertSequence(new double[] {1, 2, 3, 4, 5, 4, 3, 2, 1, 1.5, 2.0, 2.5, 3.0, 2.5, 2.0, 1.5, 1, 1.25, 1.50, 1.75,
            2.00, 1.75}, Schedules.cyclic(1, 5, 4, 4, "triangular2", 1), 1e-15);
        assertSequence(new double[] {5.0, 4.0, 3.0, 2.0, 1.0, 2.0, 3.0, 4.0, 5.0, 4.5, 4.0, 3.5, 3.0, 3.5, 4.0, 4.5, 5.0,
            4.75, 4.5, 4.25, 4.0, 4.25}, Schedules.cyclicMomentum(1, 5, 4, 4, "triangular2", 1), 1e-15);
        // test_cycle_lr_triangular_mode_step_size_up_down: up 4, down 6
        assertSequence(new double[] {1.0, 2.0, 3.0, 4.0, 5.0, 13.0 / 3, 11.0 / 3, 9.0 / 3, 7.0 / 3, 5.0 / 3, 1.0},
                Schedules.cyclic(1, 5, 4, 6, "triangular", 1), 1e-14);
        assertSequence(new double[] {5.0, 4.0, 3.0, 2.0, 1.0, 5.0 / 3, 7.0 / 3, 3.0, 11.0 / 3, 13.0 / 3, 5.0},
                Schedules.cyclicMomentum(1, 5, 4, 6, "triangular", 1), 1e-14);
        // test_cycle_lr_triangular2_mode_step_size_up_down: up 2, down 6
        assertSequence(new double[] {1.0, 3.0, 5.0, 13.0 / 3, 11.0 / 3, 9.0 / 3, 7.0 / 3, 5.0 / 3, 1.0, 2.0, 3.0, 8.0 / 3,
            7.0 / 3, 6.0 / 3, 5.0 / 3, 4.0 / 3, 1.0, 3.0 / 2, 2.0, 11.0 / 6, 10.0 / 6, 9.0 / 6, 8.0 / 6, 7.0 / 6},
                Schedules.cyclic(1, 5, 2, 6, "triangular2", 1), 1e-14);
        assertThrows(IllegalArgumentException.class, () -> Schedules.cyclic(0, 0, 4, 4, "CATS", 1)); // invalid mode
    }

    @Test
    void cyclicExpRange() {
        // test_cycle_lr_exp_range_mode_one_lr: base + x * (max - base) * gamma^i, momentum max - x * diff * gamma^i
        double[] xs = {0, 0.25, 0.5, 0.75, 1, 0.75, 0.50, 0.25, 0, 0.25, 0.5, 0.75, 1};
        Schedule lr = Schedules.cyclic(1, 5, 4, 4, "exp_range", 0.9);
        Schedule mom = Schedules.cyclicMomentum(1, 5, 4, 4, "exp_range", 0.9);
        for (int i = 0; i < xs.length; i++) {
            assertEquals(1 + xs[i] * 4 * Math.pow(0.9, i), lr.at(i), 1e-14, "step " + i);
            assertEquals(5 - xs[i] * 4 * Math.pow(0.9, i), mom.at(i), 1e-14, "step " + i);
        }
        // test_cycle_lr_exp_range_mode_step_size_up_down: up 2, down 6
        double[] ys = {0.0, 0.5, 1.0, 5.0 / 6, 4.0 / 6, 3.0 / 6, 2.0 / 6, 1.0 / 6, 0.0, 0.5, 1.0, 5.0 / 6, 4.0 / 6};
        Schedule lr2 = Schedules.cyclic(1, 5, 2, 6, "exp_range", 0.9);
        for (int i = 0; i < ys.length; i++) {
            assertEquals(1 + ys[i] * 4 * Math.pow(0.9, i), lr2.at(i), 1e-14, "step " + i);
        }
    }

    @Test
    void oneCycleLinearTwoAndThreePhases() {
        // test_onecycle_lr_linear_annealing: max_lr 25, final_div 2, momentum 1..22, total 10, linear
        assertSequence(new double[] {1, 13, 25, 21.5, 18, 14.5, 11, 7.5, 4, 0.5},
                Schedules.oneCycleTorch(25, 10, 0.3, 25, 2, true, false), 1e-14);
        assertSequence(new double[] {22, 11.5, 1, 4, 7, 10, 13, 16, 19, 22},
                Schedules.oneCycleMomentum(10, 0.3, 1, 22, true, false), 1e-14);
        // test_onecycle_lr_linear_annealing_three_phases: div 25, pct 0.4, final_div 4
        assertSequence(new double[] {1, 9, 17, 25, 17, 9, 1, 0.75, 0.5, 0.25},
                Schedules.oneCycleTorch(25, 10, 0.4, 25, 4, true, true), 1e-14);
        assertSequence(new double[] {22, 15, 8, 1, 8, 15, 22, 22, 22, 22},
                Schedules.oneCycleMomentum(10, 0.4, 1, 22, true, true), 1e-14);
    }

    @Test
    void oneCycleCosineMomentum() {
        // test_onecycle_lr_cosine_annealing: momentum [22, 11.5, 1, annealing_cos(1, 22, k/7) ..., 22]
        double[] expected = new double[10];
        expected[0] = 22;
        expected[1] = 11.5;
        expected[2] = 1;
        for (int k = 1; k <= 6; k++) {
            double cosOut = Math.cos(Math.PI * k / 7.0) + 1;
            expected[k + 2] = 22 + (1 - 22) / 2.0 * cosOut;
        }
        expected[9] = 22;
        assertSequence(expected, Schedules.oneCycleMomentum(10, 0.3, 1, 22, false, false), 1e-12);
        // the rate in the same test is checked in ScheduleConventionTest.torchOneCycleCosine; both paths agree
        for (int k = 0; k <= 10; k++) {
            assertEquals(Schedules.oneCycle(Convention.PYTORCH, 25, 10, 0.3, 25, 2).at(k),
                    Schedules.oneCycleTorch(25, 10, 0.3, 25, 2, false, false).at(k), 0.0);
        }
        assertThrows(IllegalArgumentException.class, () -> Schedules.oneCycleMomentum(10, 0.3, 1, 22, false, false).at(11));
    }

    @Test
    void cosineWarmRestartsAtFractionalEpochs() {
        // test_CosineAnnealingWarmRestarts_lr3: step(epoch) at the listed epochs gives the listed T_cur and T_i
        // (T_0 10, eta_min 1e-10, base 0.05); target eta_min + (0.05 - eta_min)(1 + cos(pi T_cur / T_i)) / 2
        double[][] epochs = {
            {1, 2, 3, 4, 5, 12, 27, 3, 4, 5, 6, 13},
            {1, 2, 3, 4, 5, 25, 32, 33, 34, 80, 81, 3},
            {0.1, 0.2, 0.3, 1.3, 2.3, 17.5, 18.5, 19.5, 29.5, 30.5, 31.5, 50}};
        double[][] tCurs = {
            {1, 2, 3, 4, 5, 2, 7, 3, 4, 5, 6, 3},
            {1, 2, 3, 4, 5, 15, 2, 3, 4, 10, 11, 3},
            {0.1, 0.2, 0.3, 1.3, 2.3, 7.5, 8.5, 9.5, 19.5, 20.5, 21.5, 10}};
        double[][] tIs = {
            {10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10},
            {10, 10, 10, 10, 10, 20, 40, 40, 40, 80, 80, 10},
            {10, 10, 10, 10, 10, 30, 30, 30, 30, 30, 30, 90}};
        long[] tMults = {1, 2, 3};
        double etaMin = 1e-10;
        for (int m = 0; m < 3; m++) {
            assertEquals(0.05, Schedules.cosineWarmRestartsAtEpoch(0.05, 10, tMults[m], etaMin, 0), 1e-15);
            for (int i = 0; i < epochs[m].length; i++) {
                double target = etaMin + (0.05 - etaMin) * (1 + Math.cos(Math.PI * tCurs[m][i] / tIs[m][i])) / 2;
                assertEquals(target, Schedules.cosineWarmRestartsAtEpoch(0.05, 10, tMults[m], etaMin, epochs[m][i]),
                        1e-12, "T_mult " + tMults[m] + " epoch " + epochs[m][i]);
            }
        }
    }
}
