package courseware.engine.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
