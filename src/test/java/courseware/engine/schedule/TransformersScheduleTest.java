package courseware.engine.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * transformers' schedules: expected values from huggingface/transformers tests/optimization/test_optimization.py
 * ScheduleInitTest.test_schedulers (optimizer lr 10, num_warmup_steps 2, num_training_steps 10, delta 1e-2), and
 * where the test has no numbers, hand closed forms of src/transformers/optimization.py's lambdas written out here.
 */
class TransformersScheduleTest {

    private static void assertSequence(double[] expected, Schedule s, double tol) {
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], s.at(k), tol, "step " + k);
        }
    }

    @Test
    void linearWithWarmup() {
        // test_schedulers, get_linear_schedule_with_warmup
        assertSequence(new double[] {0.0, 5.0, 10.0, 8.75, 7.5, 6.25, 5.0, 3.75, 2.5, 1.25},
                Schedules.transformersLinear(10, 2, 10), 1e-2);
        // the lambda is max(0, (T - step) / (T - W)): 0 at and after T
        assertEquals(0.0, Schedules.transformersLinear(10, 2, 10).at(12), 0.0);
    }

    @Test
    void cosineWithHardRestarts() {
        // test_schedulers, get_cosine_with_hard_restarts_schedule_with_warmup, num_cycles 2
        assertSequence(new double[] {0.0, 5.0, 10.0, 8.53, 5.0, 1.46, 10.0, 8.53, 5.0, 1.46},
                Schedules.transformersHardRestarts(10, 2, 10, 2), 1e-2);
        // progress >= 1 -> 0
        assertEquals(0.0, Schedules.transformersHardRestarts(10, 2, 10, 2).at(10), 0.0);
    }

    @Test
    void polynomialDecayWithWarmup() {
        // test_schedulers, get_polynomial_decay_schedule_with_warmup, power 2, lr_end 1e-7
        assertSequence(new double[] {0.0, 5.0, 10.0, 7.656, 5.625, 3.906, 2.5, 1.406, 0.625, 0.156},
                Schedules.transformersPolynomial(10, 2, 10, 1e-7, 2), 1e-2);
        // past num_training_steps the lambda is lr_end / lr_init
        assertEquals(1e-7, Schedules.transformersPolynomial(10, 2, 10, 1e-7, 2).at(11), 1e-20);
        // "lr_end (...) must be smaller than initial lr (...)"
        assertThrows(IllegalArgumentException.class, () -> Schedules.transformersPolynomial(1e-7, 2, 10, 1e-7, 2));
    }

    @Test
    void cosineWithNumCycles() {
        // test_schedulers, get_cosine_schedule_with_warmup (num_cycles defaults to 0.5)
        assertSequence(new double[] {0.0, 5.0, 10.0, 9.61, 8.53, 6.91, 5.0, 3.08, 1.46, 0.38},
                Schedules.transformersCosine(10, 2, 10, 0.5), 1e-2);
        // num_cycles 1.5 (no values in the test): hand closed form of the lambda,
        // 10 * max(0, 0.5 * (1 + cos(pi * 1.5 * 2 * (k - 2) / 8))): step 2 -> 10, step 6 -> progress 0.5,
        // cos(1.5 pi) = 0 -> 5, step 4 -> cos(0.75 pi) -> 10 * (1 - sqrt(2)/2) / 2, step 10 -> cos(3 pi) -> 0
        Schedule s = Schedules.transformersCosine(10, 2, 10, 1.5);
        assertEquals(10.0, s.at(2), 1e-14);
        assertEquals(5.0, s.at(6), 1e-14);
        assertEquals(5 * (1 - Math.sqrt(2) / 2), s.at(4), 1e-14);
        assertEquals(0.0, s.at(10), 1e-14);
    }

    @Test
    void inverseSqrtWithExplicitTimescale() {
        // get_inverse_sqrt_schedule(num_warmup_steps=2, timescale=4), hand closed form of its lambda:
        // step < 2: step / 2; else 1 / sqrt((step + 4 - 2) / 4): step 2 -> 1/sqrt(1) = 1, step 6 -> 1/sqrt(2),
        // step 14 -> 1/sqrt(4) = 0.5 (times the optimizer's rate 10)
        Schedule s = Schedules.inverseSqrtWithWarmup(10, 2, 4);
        assertEquals(5.0, s.at(1), 0.0);
        assertEquals(10.0, s.at(2), 1e-14);
        assertEquals(10 / Math.sqrt(2), s.at(6), 1e-14);
        assertEquals(5.0, s.at(14), 1e-14);
    }
}
