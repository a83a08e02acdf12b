package courseware.engine.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import courseware.engine.Convention;
import courseware.engine.Near;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expected values from the libraries' own test suites (file cited next to each) or from their documented formulas.
 * torch's tests use assertEqual (tolerance ~1e-5 for floats), optax's atol=1e-3, transformers' delta=1e-2.
 */
class ScheduleConventionTest {

    private static void assertSequence(double[] expected, Schedule s, double tol) {
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], s.at(k), tol, "step " + k);
        }
    }

    @Test
    void torchStepMultiStepExponential() {
        // pytorch/pytorch test/optim/test_lrscheduler.py test_step_lr: [0.05]*3 + [0.005]*3 + [0.0005]*3 + [0.00005]
        assertSequence(new double[] {0.05, 0.05, 0.05, 0.005, 0.005, 0.005, 0.0005, 0.0005, 0.0005, 0.00005},
                Schedules.stepDecay(0.05, 3, 0.1), 1e-15);
        // test_multi_step_lr, milestones [2, 5, 9]: [0.05]*2 + [0.005]*3 + [0.0005]*4 + [0.00005]
        assertSequence(new double[] {0.05, 0.05, 0.005, 0.005, 0.005, 0.0005, 0.0005, 0.0005, 0.0005, 0.00005},
                Schedules.multiStep(0.05, 0.1, 2, 5, 9), 1e-15);
        // test_exp_lr: [0.05 * 0.9**x for x in range(10)]
        Schedule exp = Schedules.exponential(0.05, 0.9);
        for (int x = 0; x < 10; x++) {
            Near.rel(0.05 * Math.pow(0.9, x), exp.at(x), 1e-15);
        }
    }

    @Test
    void torchCosineAnnealingIsPeriodicPastTMax() {
        // test/optim/test_lrscheduler.py test_cos_anneal_lr: eta_min + (0.05 - eta_min) * (1 + cos(pi * x / 10)) / 2
        double etaMin = 1e-10;
        Schedule s = Schedules.cosineDecay(Convention.PYTORCH, 0.05, 10, etaMin);
        for (int x = 0; x < 10; x++) {
            Near.rel(etaMin + (0.05 - etaMin) * (1 + Math.cos(Math.PI * x / 10)) / 2, s.at(x), 1e-14);
        }
        // CosineAnnealingLR closed form has no clamp: step 15 of T_max 10 is back at the midpoint,
        // python3: 0 + (0.1 - 0) * (1 + math.cos(math.pi * 15 / 10)) / 2 = 0.04999999999999999
        Near.rel(0.04999999999999999, Schedules.cosineDecay(Convention.PYTORCH, 0.1, 10, 0).at(15), 1e-14);
        // textbook and optax hold the floor instead (optax/schedules/_schedule.py: count = min(count, decay_steps))
        assertEquals(0.0, Schedules.cosineDecay(0.1, 10).at(15), 1e-18);
        assertEquals(0.0, Schedules.cosineDecay(Convention.OPTAX, 0.1, 10, 0).at(15), 1e-18);
    }

    @Test
    void optaxCosineDecayTests() {
        // google-deepmind/optax optax/schedules/_schedule_test.py test_decay_count_greater_count_with_alpha:
        // init 0.1, decay_steps 5, alpha 0.1 -> 0.1 * (0.9 * (0.5 + 0.5 cos(pi * min(k, 5)/5)) + 0.1)
        Schedule s = Schedules.cosineDecay(Convention.OPTAX, 0.1, 5, 0.01);
        double[] fraction = {0.0, 0.2, 0.4, 0.6, 0.8, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0};
        for (int k = 0; k < fraction.length; k++) {
            double m = 0.5 + 0.5 * Math.cos(Math.PI * fraction[k]);
            assertEquals(0.1 * (0.9 * m + 0.1), s.at(k), 1e-3, "step " + k);
        }
        // test_with_giant_int_steps: init 1000, decay_steps 1e10, step 1e9 -> 975.52826 (float32 output)
        assertEquals(975.52826, Schedules.cosineDecay(Convention.OPTAX, 1000, 10_000_000_000L, 0).at(1_000_000_000L),
                1e-4);
    }

    @Test
    void optaxWarmupCosineDecayCountsWarmupInDecaySteps() {
        // optax/schedules/_schedule_test.py WarmupCosineDecayTest.test_limits ('with end value', 10, 0.5, 1e-4):
        // warmup_steps 100, decay_steps 1000 (warmup included) -> f(0) = 10, f(100) = 0.5, f(1000) = 1e-4
        Schedule s = Schedules.warmupCosine(Convention.OPTAX, 10, 0.5, 100, 1000, 1e-4);
        assertEquals(10, s.at(0), 1e-12);
        assertEquals(0.5, s.at(100), 1e-12);
        Near.rel(1e-4, s.at(1000), 1e-3);
        // ('without end value', 5, 3, 0.0)
        Schedule t = Schedules.warmupCosine(Convention.OPTAX, 5, 3, 100, 1000, 0);
        assertEquals(5, t.at(0), 1e-12);
        assertEquals(3, t.at(100), 1e-12);
        assertEquals(0, t.at(1000), 1e-12);
        // test_zero_peak_value: init 0.2, peak 0, end -3, warmup 50, decay 100 -> alpha falls back to 0:
        // f(0, 10, 50, 75, 100) = 0.2, 0.16, 0, 0, 0
        Schedule z = Schedules.warmupCosine(Convention.OPTAX, 0.2, 0, 50, 100, -3);
        assertSequenceAt(new long[] {0, 10, 50, 75, 100}, new double[] {0.2, 0.16, 0, 0, 0}, z, 1e-6);
    }

    @Test
    void optaxAlphaForm() {
        // optax cosine_decay_schedule(0.1, 5, alpha=0.1) equals the floor form with floor 0.01 (test above)
        Schedule a = Schedules.cosineDecayAlpha(0.1, 5, 0.1);
        Schedule f = Schedules.cosineDecay(Convention.OPTAX, 0.1, 5, 0.01);
        for (int k = 0; k < 8; k++) {
            assertEquals(f.at(k), a.at(k), 1e-16);
        }
        assertEquals(0.01, a.at(7), 1e-17);
    }

    private static void assertSequenceAt(long[] steps, double[] expected, Schedule s, double tol) {
        for (int i = 0; i < steps.length; i++) {
            assertEquals(expected[i], s.at(steps[i]), tol, "step " + steps[i]);
        }
    }

    @Test
    void transformersSchedulersMatchTheirTest() {
        // huggingface/transformers tests/optimization/test_optimization.py ScheduleInitTest.test_schedulers,
        // lr 10, num_warmup_steps 2, num_training_steps 10, delta 1e-2
        assertSequence(new double[] {0.0, 5.0, 10.0, 9.61, 8.53, 6.91, 5.0, 3.08, 1.46, 0.38},
                Schedules.warmupCosine(Convention.TRANSFORMERS, 0, 10, 2, 10, 0), 1e-2);
        // python3 float64 of transformers' lambda at step 3: 10 * max(0, 0.5 * (1 + cos(pi * 0.5 * 2 * 1/8)))
        Near.rel(9.619397662556434, Schedules.warmupCosine(Convention.TRANSFORMERS, 0, 10, 2, 10, 0).at(3), 1e-14);
        // get_inverse_sqrt_schedule with num_warmup_steps 2 (timescale defaults to 2)
        assertSequence(new double[] {0.0, 5.0, 10.0, 8.165, 7.071, 6.325, 5.774, 5.345, 5.0, 4.714},
                Schedules.inverseSqrtWithWarmup(10, 2), 1e-2);
    }

    @Test
    void warmupConventionsDifferAtStepZeroAndInTheCosineLength() {
        // Same arguments (init 0.1, peak 1, W 10, T 110, end 0) in each convention:
        // textbook/optax/torch start at init; transformers starts at 0 (rejects init != 0).
        assertEquals(0.1, Schedules.warmupCosine(0.1, 1, 10, 110, 0).at(0), 0.0);
        assertEquals(0.1, Schedules.warmupCosine(Convention.OPTAX, 0.1, 1, 10, 110, 0).at(0), 1e-15);
        assertEquals(0.1, Schedules.warmupCosine(Convention.PYTORCH, 0.1, 1, 10, 110, 0).at(0), 1e-15);
        assertThrows(IllegalArgumentException.class,
                () -> Schedules.warmupCosine(Convention.TRANSFORMERS, 0.1, 1, 10, 110, 0));
        assertEquals(0.0, Schedules.warmupCosine(Convention.TRANSFORMERS, 0, 1, 10, 110, 0).at(0), 0.0);
        // mid-cosine (step 60 = 50 of 100 cosine steps): 0.5 in all of them
        for (Convention c : Convention.values()) {
            double init = c == Convention.TRANSFORMERS ? 0 : 0.1;
            assertEquals(0.5, Schedules.warmupCosine(c, init, 1, 10, 110, 0).at(60), 1e-15, c.name());
        }
        // past the end: textbook/optax hold 0, torch (CosineAnnealingLR) and transformers (no clamp on progress)
        // rise again: 0.5 * (1 + cos(pi * 150/100)) = 0.5
        assertEquals(0.0, Schedules.warmupCosine(0.1, 1, 10, 110, 0).at(160), 1e-15);
        assertEquals(0.0, Schedules.warmupCosine(Convention.OPTAX, 0.1, 1, 10, 110, 0).at(160), 1e-15);
        assertEquals(0.5, Schedules.warmupCosine(Convention.PYTORCH, 0.1, 1, 10, 110, 0).at(160), 1e-15);
        assertEquals(0.5, Schedules.warmupCosine(Convention.TRANSFORMERS, 0, 1, 10, 110, 0).at(160), 1e-15);
    }

    @Test
    void torchOneCycleCosine() {
        // pytorch/pytorch test/optim/test_lrscheduler.py test_onecycle_lr_cosine_annealing:
        // OneCycleLR(max_lr=25, final_div_factor=2, total_steps=10) -> initial 1, min 0.5
        double[] expected = {1, 13, 25, cos(25, 0.5, 1 / 7.0), cos(25, 0.5, 2 / 7.0), cos(25, 0.5, 3 / 7.0),
            cos(25, 0.5, 4 / 7.0), cos(25, 0.5, 5 / 7.0), cos(25, 0.5, 6 / 7.0), 0.5};
        Schedule s = Schedules.oneCycle(Convention.PYTORCH, 25, 10, 0.3, 25, 2);
        assertSequence(expected, s, 1e-12);
        // python3 float64 of the test's annealing_cos(25, 0.5, 1/7) = 23.786868631804634
        Near.rel(23.786868631804634, s.at(3), 1e-14);
        s.at(10); // torch allows step_num == total_steps
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.at(11));
        assertEquals("one-cycle: PyTorch OneCycleLR raises ValueError past the cycle: step 11 > total steps 10",
                e.getMessage());
    }

    /** The test's own annealing_cos helper. */
    private static double cos(double start, double end, double pct) {
        double cosOut = Math.cos(Math.PI * pct) + 1;
        return end + (start - end) / 2.0 * cosOut;
    }

    @Test
    void optaxOneCycleCosine() {
        // google-deepmind/optax optax/schedules/_schedule_test.py OneCycleTest.test_cosine:
        // transition_steps 5, peak 1000, pct_start 0.4, div 10, final_div 100
        assertSequence(new double[] {100.0, 550.0, 1000.0, 750.25, 250.75, 1.0, 1.0},
                Schedules.oneCycle(Convention.OPTAX, 1000, 5, 0.4, 10, 100), 1e-3);
        assertSequence(new double[] {100.0, 550.0, 1000.0, 750.25, 250.75, 1.0, 1.0},
                Schedules.oneCycle(1000, 5, 0.4, 10, 100), 1e-3);
        assertThrows(IllegalArgumentException.class,
                () -> Schedules.oneCycle(Convention.TRANSFORMERS, 1000, 5, 0.4, 10, 100));
    }

    @Test
    void torchCosineWarmRestarts() {
        // pytorch/pytorch test/optim/test_lrscheduler.py test_CosineAnnealingWarmRestarts_lr1: the test's own
        // target loop, T_0 = 10, T_mult in {1, 2, 4}, eta_min 1e-10, base 0.05, 100 iterations
        double etaMin = 1e-10;
        for (int tMult : new int[] {1, 2, 4}) {
            Schedule s = Schedules.cosineWarmRestarts(0.05, 10, tMult, etaMin);
            long tI = 10;
            long tCur = 0;
            assertEquals(0.05, s.at(0), 1e-15);
            for (int k = 1; k < 100; k++) {
                tCur += 1;
                if (tCur >= tI) {
                    tCur = tCur - tI;
                    tI = tMult * tI;
                }
                double target = etaMin + (0.05 - etaMin) * (1 + Math.cos(Math.PI * tCur / tI)) / 2;
                assertEquals(target, s.at(k), 1e-15, "T_mult " + tMult + " step " + k);
            }
        }
        // python3 float64: T_mult 2, step 25 is T_cur 15 of T_i 20 -> 0.007322330555691653
        Near.rel(0.007322330555691653, Schedules.cosineWarmRestarts(0.05, 10, 2, 1e-10).at(25), 1e-14);
    }

    @Test
    void optaxPolynomialAndJoin() {
        // optax/schedules/_schedule_test.py PolynomialTest.test_nonlinear: 25 -> 10, power 2, 10 steps
        Schedule s = Schedules.polynomial(25, 10, 2, 10);
        for (int n = 0; n < 15; n++) {
            double expected = n < 10 ? 10.0 + 15.0 * Math.pow(1.0 - n / 10.0, 2) : 10;
            assertEquals(expected, s.at(n), 1e-3, "step " + n);
        }
        // test_linear: 10 -> 20 over 10 steps, then 20
        assertSequence(new double[] {10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 20, 20, 20, 20},
                Schedules.polynomial(10, 20, 1, 10), 1e-3);
        // optax/schedules/_join.py semantics: the next phase sees step - boundary, switching at the boundary
        Schedule joined = Schedules.join(List.of(Schedules.constant(1), Schedules.polynomial(10, 20, 1, 10)), 3);
        assertEquals(1, joined.at(2), 0.0);
        assertEquals(10, joined.at(3), 0.0);
        assertEquals(11, joined.at(4), 0.0);
        assertThrows(IllegalArgumentException.class,
                () -> Schedules.join(List.of(Schedules.constant(1), Schedules.constant(2)), 5, 6));
    }

    @Test
    void optaxExponentialDecayStaircase() {
        // optax/schedules/_schedule_test.py ExponentialTest.test_exponential: init 1, transition_steps 2, rate 2
        Schedule smooth = Schedules.exponentialDecay(1, 2, 2, false);
        Schedule stairs = Schedules.exponentialDecay(1, 2, 2, true);
        for (int k = 0; k < 15; k++) {
            assertEquals(Math.pow(2, k / 2.0), smooth.at(k), 1e-3);
            assertEquals(Math.pow(2, Math.floor(k / 2.0)), stairs.at(k), 1e-3);
        }
    }

    @Test
    void linearWarmupAndInverseSqrt() {
        Schedule w = Schedules.linearWarmup(0, 1, 4);
        // hand: 0, 1/4, 2/4, 3/4, then held at the peak
        assertSequence(new double[] {0, 0.25, 0.5, 0.75, 1, 1}, w, 0.0);
        Schedule inv = Schedules.inverseSqrt(1);
        // hand: 1/sqrt(1), 1/sqrt(2), 1/sqrt(3), 1/sqrt(4) = 0.5
        assertEquals(1, inv.at(0), 0.0);
        assertEquals(0.5, inv.at(3), 0.0);
        Near.ulps(1 / Math.sqrt(2), inv.at(1), 1);
    }
}
