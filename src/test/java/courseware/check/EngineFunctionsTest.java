package courseware.check;

import static courseware.check.EvaluatorTest.eval;
import static courseware.check.EvaluatorTest.num;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The check functions reach the engine with the right parameters. Expected values are the
 * documented formulas evaluated by hand (or an independent python3 loop), never engine output.
 */
class EngineFunctionsTest {
    private static final double TIGHT = 1e-15;

    @Test
    void cosineDecayIsTheTextbookFormula() throws ExprException {
        // eta_k = eta0 / 2 (1 + cos(pi k / K)); k = 750 of 1000: 0.05 (1 - sqrt(2)/2)
        assertEquals(0.05 * (1 - Math.sqrt(2) / 2), num("cosine_decay(0.1, 1000, 750)"), TIGHT);
        assertEquals(0.1, num("cosine_decay(0.1, 1000, 0)"), TIGHT);
        assertEquals(0.05, num("cosine_decay(0.1, 1000, 500)"), TIGHT);
        assertEquals(0.0, num("cosine_decay(0.1, 1000, 1000)"), TIGHT);
    }

    @Test
    void warmupThenCosineCountsTheWarmupInTotal() throws ExprException {
        // 0.0001 -> 0.001 linearly over 1000 steps, then cosine to 0 over 9000 more.
        assertEquals(0.0001 + 0.0009 * 0.5, num("warmup_cosine(0.0001, 0.001, 1000, 10000, 500)"), TIGHT);
        assertEquals(0.0005 * (1 + Math.cos(4 * Math.PI / 9)), num("warmup_cosine(0.0001, 0.001, 1000, 10000, 5000)"), 1e-18);
    }

    @Test
    void stepDecayHalvesEveryStepSize() throws ExprException {
        // torch StepLR: eta0 * gamma^floor(epoch / step_size)
        assertEquals(0.1 * Math.pow(0.5, 3), num("step_decay(0.1, 10, 35, 0.5)"), TIGHT);
        assertEquals(0.1, num("step_decay(0.1, 10, 9, 0.5)"), TIGHT);
    }

    @Test
    void clippingByNormFollowsTheRequestedConvention() throws ExprException {
        assertArrayEquals(new double[] {3, 4}, ((Value.Vec) eval("clip_norm((3, 4), 5).vector", Map.of())).values());
        assertEquals(new Value.Bool(false), eval("clip_norm((3, 4), 5).clipped", Map.of()));
        assertArrayEquals(new double[] {3, 4}, ((Value.Vec) eval("clip_norm((6, 8), 5).vector", Map.of())).values(), TIGHT);
        assertEquals(10, num("clip_norm((6, 8), 5).norm"), TIGHT);
        // torch clip_grad_norm_: coefficient max_norm / (norm + 1e-6), clamped to 1, always applied.
        assertEquals(5 / (5 + 1e-6), num("clip_norm((3, 4), 5, convention=\"pytorch\").scale"), TIGHT);
    }

    @Test
    void clippingNoParametersMeasuresZero() throws ExprException {
        // torch clip_grad_norm_ on no parameters returns torch.tensor(0.) and clips nothing
        // (torch/nn/utils/clip_grad.py _get_total_norm, _clip_grads_with_norm_)
        assertEquals(0, num("clip_norm((), 1, convention=\"pytorch\").norm"), 0.0);
        assertEquals(0, num("len(clip_norm((), 0, convention=\"pytorch\").vector)"), 0.0);
        assertEquals(new Value.Bool(false), eval("clip_norm((), 0, convention=\"pytorch\").clipped", Map.of()));
        assertEquals(0, num("clip_norm((), 5).norm"), 0.0);
    }

    @Test
    void exponentialDecayWithGammaZeroFollowsTheConvention() throws ExprException {
        // optax/schedules/_schedule.py exponential_decay: decay_rate == 0 logs and returns lambda count: init_value
        // (end_value "has no effect when decay_rate = 0")
        assertEquals(1, num("exponential_decay(1, 0, 7, convention=\"optax\")"), 0.0);
        assertEquals(1, num("exponential_decay(1, 0, 7, transition_steps=2, end=0.5, convention=\"optax\")"), 0.0);
        // torch/optim/lr_scheduler.py ExponentialLR: base_lr * gamma ** last_epoch: eta0 at step 0, then 0
        assertEquals(0.05, num("exponential_decay(0.05, 0, 0, convention=\"pytorch\")"), 0.0);
        assertEquals(0, num("exponential_decay(0.05, 0, 3, convention=\"pytorch\")"), 0.0);
        // the default names the difference rather than picking a library
        ExprException textbook = org.junit.jupiter.api.Assertions.assertThrows(ExprException.class,
                () -> num("exponential_decay(0.05, 0, 3)"));
        assertTrue(textbook.getMessage().contains("convention=\"pytorch\" or convention=\"optax\""), textbook.getMessage());
        ExprException optaxOnly = org.junit.jupiter.api.Assertions.assertThrows(ExprException.class,
                () -> num("exponential_decay(0.05, 0.9, 3, staircase=true, convention=\"pytorch\")"));
        assertTrue(optaxOnly.getMessage().contains("ExponentialLR has only gamma"), optaxOnly.getMessage());
        // gamma > 0: the same number in every convention, as before (torch ExponentialLR = optax, transition_steps 1)
        assertEquals(0.05 * 0.9 * 0.9 * 0.9, num("exponential_decay(0.05, 0.9, 3, convention=\"pytorch\")"), 1e-17);
    }

    @Test
    void chainedNamesWhatItCannotChain() throws ExprException {
        ExprException e = org.junit.jupiter.api.Assertions.assertThrows(ExprException.class,
                () -> num("chained(0.1, cosine_decay(0.1, 10, floor=0.01), exponential_decay(0.1, 0.9), 3)"));
        assertTrue(e.getMessage().startsWith("chained: 'first' is cosine_decay(eta0=0.1, total=10, floor=0.01), which torch's"
                + " ChainedScheduler cannot chain"), e.getMessage());
        assertTrue(e.getMessage().contains("cosine_decay with convention=\"pytorch\""), e.getMessage());
        // with the pytorch convention it is torch's CosineAnnealingLR, stepped before ExponentialLR(0.9) each step:
        // reference_values.py chained [CosineAnnealingLR(T_max=10, eta_min=0.01), ExponentialLR(0.9)], lr 0.1, step 3
        assertEquals(0.059638175292703814,
                num("chained(0.1, cosine_decay(0.1, 10, floor=0.01, convention=\"pytorch\"), exponential_decay(0.1, 0.9), 3)"), 1e-16);
    }

    @Test
    void gradientDescentOnTheSeedObjective() throws ExprException {
        // python3 float64 loop: x = 5.0; 200 times x -= 0.01 * (cos(x) + 0.2)  ->  4.577708365637502
        assertEquals(4.577708365637502, num("gd(\"sin(x) + 0.2*x\", 5.0, 0.01, 200).x"), 1e-12);
        assertEquals(Math.sin(4.577708365637502) + 0.2 * 4.577708365637502, num("gd(\"sin(x) + 0.2*x\", 5.0, 0.01, 200).value"), 1e-12);
        assertEquals(Math.cos(5) + 0.2, num("grad(\"sin(x) + 0.2*x\", 5)"), TIGHT);
    }

    @Test
    void meanSquareRecursionIteratesTheClosedForm() throws ExprException {
        // m_{k+1} = (1 + eta a)^2 m_k + eta^2 sigma^2 with eta = 0.1, a = 1, sigma = 1, m0 = 0
        double m = 0;
        for (int k = 0; k < 3; k++) m = 1.21 * m + 0.01;
        assertEquals(m, num("ms_recursion(0.1, 1, 1, 0, 3)"), 1e-15);
    }

    @Test
    void statisticsAndSmallFormulas() throws ExprException {
        // sample standard deviation (n - 1) of 10, 12, 14 is 2
        assertEquals(2, num("std((10, 12, 14))"), TIGHT);
        assertEquals(Math.sqrt(8.0 / 3), num("std((10, 12, 14), ddof=0)"), TIGHT);
        // label smoothing (1 - eps) y + eps / K: 0.9 + 0.01
        assertEquals(0.91, num("label_smooth((1, 0, 0, 0, 0, 0, 0, 0, 0, 0), 0.1)[0]"), TIGHT);
        // 2 L (f0 - f*) / K + sigma^2 / B = 2*10*5/1000 + 4/32
        assertEquals(0.1 + 0.125, num("sgd_bound(10, 5, 0, 1000, 2, 32)"), TIGHT);
    }

    @Test
    void optimizersOnGivenGradientsExposeTheirState() throws ExprException {
        // Adam, first step from 0 with g = 0.02: m = 0.1 g, v = 0.001 g^2; bias-corrected
        // m_hat = g, v_hat = g^2, so the step is lr * g / (|g| + eps).
        assertEquals(0.1 * 0.02, num("adam_steps((0.02), 0, 0.001).m"), TIGHT);
        assertEquals(0.001 * 0.02 * 0.02, num("adam_steps((0.02), 0, 0.001).v"), 1e-20);
        assertEquals(-0.001 * 0.02 / (0.02 + 1e-8), num("adam_steps((0.02), 0, 0.001).x"), 1e-15);
        // torch SGD momentum: the buffer starts at the first gradient, then buf = mu buf + g.
        assertEquals(0.9 * 1 + 2, num("sgd_steps((1, 2), 0, 0.1, momentum=0.9).momentum_buffer"), TIGHT);
        assertEquals(-0.1 * 1 - 0.1 * 2.9, num("sgd_steps((1, 2), 0, 0.1, momentum=0.9).x"), TIGHT);
    }

    @Test
    void objectivesMayUseTheLessonsNumbersByName() throws ExprException {
        Map<String, Value> names = Map.of("c", new Value.Num(0.2), "x0", new Value.Num(5));
        assertEquals(num("gd(\"sin(x) + 0.2*x\", 5.0, 0.01, 200).x"),
                ((Value.Num) eval("gd(\"sin(x) + c*x\", x0, 0.01, 200).x", names)).value(), 0.0);
    }

    @Test
    void oneVariableRunsExposeTheirPath() throws ExprException {
        // x_{k+1} = x_k - 0.1 * 2 x_k = 0.8 x_k from 1
        assertEquals(1.0, num("gd(\"x^2\", 1, 0.1, 3).path[0]"), TIGHT);
        assertEquals(0.8 * 0.8, num("gd(\"x^2\", 1, 0.1, 3).path[2]"), TIGHT);
        assertEquals(4, num("len(gd(\"x^2\", 1, 0.1, 3).path)"), TIGHT);
    }

    @Test
    void schedulesAreValuesThatComposeAndEvaluate() throws ExprException {
        // torch test_sequentiallr2 through the lesson functions: ConstantLR(0.1, 3) then ExponentialLR(0.9) at 3,
        // base 0.05 -> [0.005] * 3 + [0.05 * 0.9^x]
        Map<String, Value> names = new java.util.HashMap<>();
        names.put("warm", eval("constant_factor(0.05, factor=0.1, total=3)", Map.of()));
        names.put("decay", eval("exponential_decay(0.05, 0.9)", Map.of()));
        assertTrue(names.get("warm") instanceof Value.Sched);
        assertEquals(0.005, ((Value.Num) eval("join(warm, 3, decay, 2)", names)).value(), TIGHT);
        assertEquals(0.05 * 0.9 * 0.9, ((Value.Num) eval("join(warm, 3, decay, step=5)", names)).value(), TIGHT);
        names.put("both", eval("join(warm, 3, decay)", names));
        assertEquals(0.05 * 0.9, ((Value.Num) eval("lr_at(both, 4)", names)).value(), TIGHT);
        // torch test_chained_lr4 step 3: ExponentialLR(0.9) x ConstantLR(0.2, 4) x StepLR(0.1, 3) -> 0.05 * 0.2 * 0.9^3 * 0.1
        assertEquals(0.05 * 0.2 * Math.pow(0.9, 3) * 0.1,
                num("chained(0.05, chained(0.05, exponential_decay(0.05, 0.9), constant_factor(0.05, factor=0.2, total=4)), step_decay(0.05, 3), 3)"),
                1e-17);
        ExprException notASchedule = org.junit.jupiter.api.Assertions.assertThrows(ExprException.class, () -> num("lr_at(0.1, 3)"));
        assertTrue(notASchedule.getMessage().startsWith("lr_at: 'schedule' must be a schedule"), notASchedule.getMessage());
    }

    @Test
    void libraryOptionsReachTheEngine() throws ExprException {
        // optax ExponentialTest.test_exponential (staircase, begin 5): init 1, transition_steps 2, rate 2 -> 2^floor(3/2) at 8
        assertEquals(2, num("exponential_decay(1, 2, 8, transition_steps=2, staircase=true, begin=5)"), TIGHT);
        // optax test_end_value_with_staircase (rate 0.2, end 0.1): the floor holds at 0.1
        assertEquals(0.1, num("exponential_decay(1, 0.2, 13, transition_steps=2, begin=3, end=0.1)"), TIGHT);
        // torch test_cycle_lr_triangular2_mode_one_lr step 10: 2.0; test_onecycle_lr_linear_annealing step 3: 21.5
        assertEquals(2.0, num("cyclic(1, 5, 10, step_size_up=4, mode=\"triangular2\")"), TIGHT);
        assertEquals(21.5, num("one_cycle(25, 10, 3, final_div_factor=2, convention=\"pytorch\", anneal=\"linear\")"), 1e-14);
        assertEquals(4, num("one_cycle_momentum(10, 3, base_momentum=1, max_momentum=22, anneal=\"linear\")"), 1e-14);
        // transformers test_schedulers: hard restarts with num_cycles 2 at step 3 -> 8.53 (delta 1e-2)
        assertEquals(8.53, num("cosine_hard_restarts(10, 2, 10, 3, cycles=2)"), 1e-2);
        // optax OneCycleTest.test_linear step 4 -> 775
        assertEquals(775, num("linear_onecycle(1000, 10, 4, pct_final=0.7, div_factor=10, final_div_factor=100)"), 1e-9);
    }

    @Test
    void clipValueHasItsOwnFieldsAndInfinityIsAThreshold() throws ExprException {
        // clamp (3, -4, 0.5) to [-1, 1]: largest magnitude before 4, two components clamped
        assertEquals(4, num("clip_value((3, -4, 0.5), 1).max_abs"), TIGHT);
        assertEquals(2, num("clip_value((3, -4, 0.5), 1).clamped"), TIGHT);
        ExprException noScale = org.junit.jupiter.api.Assertions.assertThrows(ExprException.class, () -> num("clip_value((3, 4), 1).scale"));
        assertTrue(noScale.getMessage().startsWith("no field 'scale'"), noScale.getMessage());
        // torch clip_grad_norm_(max_norm=inf) only measures: scale 1, norm 5
        assertEquals(5, num("clip_norm((3, 4), inf, convention=\"pytorch\").norm"), TIGHT);
        assertEquals(1, num("clip_norm((3, 4), inf, convention=\"pytorch\").scale"), TIGHT);
    }

    @Test
    void optimizerOptionsAndCrossEntropy() throws ExprException {
        // the example: textbook Nesterov on x^2, lr 0.1, mu 0.9, from 1: x2 = 0.496; torch's form: 0.2224
        assertEquals(0.496, num("sgd_run(\"x^2\", 1, 0.1, 2, momentum=0.9, nesterov=true).x"), 1e-15);
        assertEquals(0.2224, num("sgd_run(\"x^2\", 1, 0.1, 2, momentum=0.9, nesterov=true, convention=\"pytorch\").x"), 1e-15);
        // maximize ascends: x0 0, g 1, lr 0.1 -> 0.1
        assertEquals(0.1, num("sgd_steps((1), 0, 0.1, maximize=true).x"), TIGHT);
        // adagrad lr_decay: second step uses lr / (1 + 0.5); sum starts at initial_accumulator_value 1
        assertEquals(3, num("adagrad_steps((1, 1), 0, 0.1, lr_decay=0.5, initial_accumulator_value=1).sum"), TIGHT);
        // cross-entropy of equal logits is log K whatever the smoothing
        assertEquals(Math.log(3), num("cross_entropy((0, 0, 0), 1, eps=0.2)"), TIGHT);
    }

    @Test
    void everyNewScheduleParameterIsReachable() throws ExprException {
        // optax PolynomialTest.test_with_decay_begin as linear (power 1): linear_schedule(30, 10, 10, begin 4) at 9 -> 20
        assertEquals(20, num("linear_warmup(30, 10, 10, 9, begin=4)"), 1e-12);
        assertEquals(30, num("linear_warmup(30, 10, 10, 3, begin=4)"), TIGHT);
        // optax PolynomialTest.test_with_decay_begin at 6: 10 + 20 (1 - 2/10)^2
        assertEquals(10 + 20 * 0.8 * 0.8, num("polynomial_decay(30, 10, 6, end=10, power=2, begin=4)"), 1e-12);
        // torch test_CosineAnnealingWarmRestarts_lr3 (T_mult 3, epoch 17.5 -> T_cur 7.5 of T_i 30)
        assertEquals(1e-10 + (0.05 - 1e-10) * (1 + Math.cos(Math.PI * 7.5 / 30)) / 2,
                num("cosine_restarts_epoch(0.05, 10, 17.5, t_mult=3, min=1e-10)"), 1e-15);
        // optax SGDRTest.test_limits (with step decay): 1.6 at 500, 0.8 at 2500
        assertEquals(0.8, num("sgdr((1.6, 0.8, 0.4), (2000, 3000, 5000), 2500, warmup=500)"), 1e-12);
        // optax PiecewiseConstantTest.test_positive at 4: 0.2
        assertEquals(0.2, num("piecewise_constant(0.1, (3, 6), (2, 0.5), 4)"), 1e-16);
        // transformers test_schedulers at step 3: linear 8.75, polynomial 7.656, cosine 9.61 (delta 1e-2)
        assertEquals(8.75, num("linear_with_warmup(10, 2, 10, 3)"), 1e-12);
        assertEquals(7.656, num("polynomial_with_warmup(10, 2, 10, 3, power=2)"), 1e-2);
        assertEquals(9.61, num("warmup_cosine(0, 10, 2, 10, 3, convention=\"transformers\")"), 1e-2);
        // num_cycles 1.5 at step 6 (progress 1/2): 10 * (1 + cos(1.5 pi)) / 2 = 5 (hand, from the lambda)
        assertEquals(5, num("warmup_cosine(0, 10, 2, 10, 6, convention=\"transformers\", cycles=1.5)"), 1e-14);
        ExprException cycles = org.junit.jupiter.api.Assertions.assertThrows(ExprException.class,
                () -> num("warmup_cosine(0, 10, 2, 10, 6, cycles=1.5)"));
        assertTrue(cycles.getMessage().contains("num_cycles"), cycles.getMessage());
        // get_inverse_sqrt_schedule(W 2, timescale 4) at 6: 10 / sqrt((6 + 4 - 2) / 4) = 10 / sqrt(2)
        assertEquals(10 / Math.sqrt(2), num("inverse_sqrt_warmup(10, 2, 6, timescale=4)"), 1e-14);
        // torch test_linearlr at 2: (0.5 + 2 * 0.5 / 4) * 0.05; test_cycle_lr_triangular_mode_one_lr momentum at 5: 2
        assertEquals((0.5 + 2 * 0.5 / 4) * 0.05, num("linear_factor(0.05, 2, start_factor=0.5, total=4)"), 1e-17);
        assertEquals(2, num("cyclic_momentum(5, base_momentum=1, max_momentum=5, step_size_up=4)"), TIGHT);
        // torch rmsprop weight_decay: one step from 2 with g 1, wd 0.5 (see OptimizerOptionsTest)
        double v = (1 - 0.99) * 2 * 2;
        assertEquals(2 - 0.01 * 2 / (Math.sqrt(v) + 1e-8), num("rmsprop_steps((1), 2, 0.01, weight_decay=0.5).x"), 1e-15);
        ExprException zero = org.junit.jupiter.api.Assertions.assertThrows(ExprException.class, () -> num("linear_warmup(0, 1, 0, 3)"));
        assertTrue(zero.getMessage().contains("constant_lr"), zero.getMessage());
    }
}
