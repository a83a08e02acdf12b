package courseware.engine.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import courseware.engine.Convention;
import courseware.engine.Near;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * optax schedules: expected values from google-deepmind/optax optax/schedules/_schedule_test.py and _join_test.py
 * (class and test named at each block; optax computes in float32 and asserts atol 1e-3 unless stated). Targets
 * the tests write as formulas are evaluated here as written there.
 */
class OptaxScheduleTest {

    private static void assertSequence(double[] expected, Schedule s, double tol) {
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], s.at(k), tol, "step " + k);
        }
    }

    @Test
    void exponentialDecayWithBeginAndStaircase() {
        // ExponentialTest.test_exponential, (staircase, transition_begin) in (F, 0), (T, 0), (F, 5), (T, 5):
        // init 1, transition_steps 2, rate 2: [1] * begin + [2^p(count)] for count in range(15)
        for (boolean staircase : new boolean[] {false, true}) {
            for (int begin : new int[] {0, 5}) {
                Schedule s = Schedules.exponentialDecay(1, 2, 2, staircase, begin, null);
                for (int k = 0; k < 15 + begin; k++) {
                    double p = k < begin ? 0 : (k - begin) / 2.0;
                    double expected = Math.pow(2, staircase ? Math.floor(p) : p);
                    assertEquals(expected, s.at(k), 1e-3, "staircase " + staircase + " begin " + begin + " step " + k);
                }
            }
        }
    }

    @Test
    void exponentialDecayEndValue() {
        // ExponentialTest.test_end_value_with_staircase: init 1, transition_steps 2, begin 3, expected values
        // clipped by max (rate < 1) or min (rate >= 1) with end_value
        double[][] cases = {{0.2, 0.1}, {1.0, 0.1}, {2.0, 3.0}};
        for (double[] c : cases) {
            for (boolean staircase : new boolean[] {false, true}) {
                double rate = c[0];
                double end = c[1];
                Schedule s = Schedules.exponentialDecay(1, rate, 2, staircase, 3, end);
                for (int k = 0; k < 11 + 3; k++) {
                    double p = k < 3 ? 0 : (k - 3) / 2.0;
                    double v = Math.pow(rate, staircase ? Math.floor(p) : p);
                    double expected = rate < 1.0 ? Math.max(v, end) : Math.min(v, end);
                    assertEquals(expected, s.at(k), 1e-3, "rate " + rate + " step " + k);
                }
            }
        }
    }

    @Test
    void nonPositiveTransitionStepsGiveAConstant() {
        // ExponentialTest.test_nonvalid_transition_steps and PolynomialTest.test_zero_steps_schedule: -1 and 0 steps
        for (long steps : new long[] {-1, 0}) {
            for (int k = 0; k < 15; k++) {
                assertEquals(1.0, Schedules.exponentialDecay(1, 1, steps, false, 0, null).at(k), 0.0);
                assertEquals(10.0, Schedules.polynomial(10, 20, 1, steps, 0).at(k), 0.0);
            }
        }
        // ExponentialTest.test_nonvalid_decay_rate: decay_rate 0 -> constant init
        assertEquals(1.0, Schedules.exponentialDecay(1, 0, 2, false, 0, null).at(7), 0.0);
        // ExponentialTest.test_immutable_count: init 32, transition_steps 1, rate 0.5 -> 32, 16, 8, 4, 2
        assertSequence(new double[] {32, 16, 8, 4, 2}, Schedules.exponentialDecay(32, 0.5, 1, false, 0, null), 1e-12);
    }

    @Test
    void polynomialWithTransitionBegin() {
        // PolynomialTest.test_with_decay_begin: 30 -> 10, power 2, 10 steps, begin 4:
        // [30] * 4 + [10 + 20 (1 - n/10)^2 for n in range(10)] + [10] * 6
        Schedule s = Schedules.polynomial(30, 10, 2, 10, 4);
        for (int k = 0; k < 20; k++) {
            double expected = k < 4 ? 30 : k < 14 ? 10 + 20 * Math.pow(1 - (k - 4) / 10.0, 2) : 10;
            assertEquals(expected, s.at(k), 1e-3, "step " + k);
        }
        // polynomial_schedule docstring example: init 1, end 0.01, 100 steps, begin 5, power 2:
        // count 5 -> 1.0000, 6 -> 0.9803, 104 -> 0.0101, 105 -> 0.0100
        Schedule d = Schedules.polynomial(1, 0.01, 2, 100, 5);
        assertEquals(1.0, d.at(5), 5e-5);
        assertEquals(0.9803, d.at(6), 5e-5);
        assertEquals(0.0101, d.at(104), 5e-5);
        assertEquals(0.0100, d.at(105), 5e-5);
    }

    @Test
    void cosineExponent() {
        // CosineDecayTest.test_with_exponent: init 0.1, 100 steps, alpha 0, exponent 2 at 0, 10, 50, 75, 100
        // (rtol 1e-6, atol 1e-8)
        Schedule s = Schedules.cosineDecay(Convention.OPTAX, 0.1, 100, 0, 2);
        long[] steps = {0, 10, 50, 75, 100};
        double[] expected = {0.1, 0.09516553580760956, 0.025, 0.0021446612663567066, 0.0};
        for (int i = 0; i < steps.length; i++) {
            assertEquals(expected[i], s.at(steps[i]), 1e-8 + 1e-6 * Math.abs(expected[i]), "step " + steps[i]);
        }
        // WarmupCosineDecayTest.test_with_exponent: init 0.2, peak 1.21, end -3, warmup 50, decay 100, exponent 2
        Schedule w = Schedules.warmupCosine(Convention.OPTAX, 0.2, 1.21, 50, 100, -3.0, 2);
        double[] we = {0.20000004768371582, 0.4020000100135803, 1.2100000381469727, -1.947500228881836,
            -3.000000238418579};
        for (int i = 0; i < steps.length; i++) {
            assertEquals(we[i], w.at(steps[i]), 1e-8 + 1e-6 * Math.abs(we[i]), "step " + steps[i]);
        }
        assertThrows(IllegalArgumentException.class, () -> Schedules.cosineDecay(Convention.PYTORCH, 0.1, 100, 0, 2));
    }

    @Test
    void piecewiseConstant() {
        // PiecewiseConstantTest.test_positive / test_negative: init +-0.1, {3: 2., 6: 0.5}
        double[] expected = {0.1, 0.1, 0.1, 0.2, 0.2, 0.2, 0.1, 0.1, 0.1, 0.1};
        Schedule pos = Schedules.piecewiseConstant(0.1, new long[] {3, 6}, new double[] {2, 0.5});
        Schedule neg = Schedules.piecewiseConstant(-0.1, new long[] {6, 3}, new double[] {0.5, 2}); // any order
        for (int k = 0; k < 10; k++) {
            assertEquals(expected[k], pos.at(k), 1e-3);
            assertEquals(-expected[k], neg.at(k), 1e-3);
        }
        // optax takes a dict: one scale per boundary, scales >= 0
        assertThrows(IllegalArgumentException.class,
                () -> Schedules.piecewiseConstant(0.1, new long[] {3, 3}, new double[] {2, 0.5}));
        assertThrows(IllegalArgumentException.class,
                () -> Schedules.piecewiseConstant(0.1, new long[] {3}, new double[] {2, 0.5}));
        assertThrows(IllegalArgumentException.class,
                () -> Schedules.piecewiseConstant(0.1, new long[] {3}, new double[] {-2}));
    }

    @Test
    void piecewiseInterpolate() {
        // PiecewiseInterpolateTest.test_linear_piecewise: 'linear', 200, {5: 1.5, 10: 0.25}
        assertSequence(new double[] {200., 220., 240., 260., 280., 300., 255., 210., 165., 120., 75., 75., 75.},
                Schedules.piecewiseInterpolate(true, 200, new long[] {5, 10}, new double[] {1.5, 0.25}), 1e-3);
        // test_cos_piecewise: 'cosine', 400, {5: 1.2, 3: 0.6, 7: 1.}
        assertSequence(new double[] {400., 360., 280., 240., 264., 288., 288., 288., 288.},
                Schedules.piecewiseInterpolate(false, 400, new long[] {5, 3, 7}, new double[] {1.2, 0.6, 1}), 1e-3);
        // test_empty_dict
        assertSequence(new double[] {13, 13, 13, 13, 13},
                Schedules.piecewiseInterpolate(true, 13, new long[0], new double[0]), 1e-3);
    }

    @Test
    void linearOneCycle() {
        // OneCycleTest.test_linear: transition_steps 10, peak 1000, pct_start 0.3, pct_final 0.7, div 10, final_div 100
        assertSequence(new double[] {100., 400., 700., 1000., 775., 550., 325., 100., 67., 34., 1., 1.},
                Schedules.linearOneCycle(10, 1000, 0.3, 0.7, 10, 100), 1e-3);
        // OneCycleTest.test_nonpositive_transition_steps
        assertThrows(IllegalArgumentException.class, () -> Schedules.linearOneCycle(0, 5, 0.3, 0.85, 25, 1e4));
    }

    @Test
    void joinSchedules() {
        // optax/schedules/_join_test.py JoinTest.test_join_schedules: constants 1, 2, 1 joined at [3, 6], atol 0
        Schedule s = Schedules.join(List.of(Schedules.constant(1), Schedules.constant(2), Schedules.constant(1)), 3, 6);
        assertSequence(new double[] {1, 1, 1, 2, 2, 2, 1}, s, 0.0);
    }

    @Test
    void sgdr() {
        // SGDRTest.test_limits: cycles of decay_steps 2000, 3000, 5000 with peaks (lr0, lr1, lr2), init 0, end 0,
        // warmup 500: schedule(500) = lr0, schedule(2500) = lr1, schedule(5500) = lr2 (assert_allclose rtol 1e-7)
        double[][] peaks = {{1.6, 0.8, 0.4}, {1.6, 1.6, 1.6}};
        for (double[] p : peaks) {
            Schedule s = Schedules.sgdr(p, new long[] {2000, 3000, 5000}, 500, 0, 0);
            Near.rel(p[0], s.at(500), 1e-7);
            Near.rel(p[1], s.at(2500), 1e-7);
            Near.rel(p[2], s.at(5500), 1e-7);
        }
    }
}
