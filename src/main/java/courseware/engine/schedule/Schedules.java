package courseware.engine.schedule;

import courseware.engine.Check;
import courseware.engine.Convention;
import java.util.List;

/**
 * Factories for every learning-rate schedule. Steps are 0-based: step k is the rate of the (k+1)-th update.
 * Methods without a {@link Convention} use the textbook formula.
 */
public final class Schedules {
    private Schedules() {
    }

    /** The same value at every step. */
    public static Schedule constant(double value) {
        return new ConstantSchedule(value);
    }

    /** initial * gamma^floor(step / stepSize) (torch StepLR). */
    public static Schedule stepDecay(double initial, long stepSize, double gamma) {
        return new StepDecaySchedule(initial, stepSize, gamma);
    }

    /** initial * gamma^(number of milestones <= step) (torch MultiStepLR). */
    public static Schedule multiStep(double initial, double gamma, long... milestones) {
        return new MultiStepSchedule(initial, gamma, milestones);
    }

    /** initial * gamma^step (torch ExponentialLR; gamma 0 gives initial at step 0, then 0). */
    public static Schedule exponential(double initial, double gamma) {
        return new ExponentialDecaySchedule(initial, gamma, 1, false);
    }

    /**
     * initial * rate^(step / transitionSteps), exponent floored when staircase (optax exponential_decay; rate 0 or
     * transitionSteps <= 0 give the constant initial, as there).
     */
    public static Schedule exponentialDecay(double initial, double rate, long transitionSteps, boolean staircase) {
        return exponentialDecay(initial, rate, transitionSteps, staircase, 0, null);
    }

    /** (initial - end) * (1 - min(step, T)/T)^power + end (optax polynomial_schedule; torch PolynomialLR has end 0). */
    public static Schedule polynomial(double initial, double end, double power, long decaySteps) {
        return new PolynomialSchedule(initial, end, power, decaySteps);
    }

    /** start + (peak - start) * step / W during the first W steps, then peak. */
    public static Schedule linearWarmup(double start, double peak, long warmupSteps) {
        return new LinearWarmupSchedule(start, peak, warmupSteps);
    }

    /** Textbook cosine decay to 0: eta0 * (1 + cos(pi * min(k, K) / K)) / 2. */
    public static Schedule cosineDecay(double initial, long totalSteps) {
        return new CosineDecaySchedule(initial, totalSteps, 0, Convention.TEXTBOOK);
    }

    /** Textbook cosine decay to a floor: floor + (eta0 - floor) * (1 + cos(pi * min(k, K) / K)) / 2. */
    public static Schedule cosineDecay(double initial, long totalSteps, double floor) {
        return new CosineDecaySchedule(initial, totalSteps, floor, Convention.TEXTBOOK);
    }

    /**
     * Cosine decay in a library's convention; {@code floor} is absolute (optax's alpha = floor / initial,
     * transformers' min_lr_rate = floor / initial, torch's eta_min = floor).
     */
    public static Schedule cosineDecay(Convention convention, double initial, long totalSteps, double floor) {
        return new CosineDecaySchedule(initial, totalSteps, floor, convention);
    }

    /** optax cosine_decay_schedule(init, decay_steps, alpha): init * ((1 - alpha) * c + alpha), held after K. */
    public static Schedule cosineDecayAlpha(double initial, long totalSteps, double alpha) {
        return CosineDecaySchedule.withAlpha(initial, totalSteps, alpha);
    }

    /** Textbook warmup + cosine: totalSteps counts the warmup, so the cosine lasts totalSteps - warmupSteps. */
    public static Schedule warmupCosine(double init, double peak, long warmupSteps, long totalSteps, double end) {
        return new WarmupCosineSchedule(init, peak, warmupSteps, totalSteps, end, Convention.TEXTBOOK);
    }

    /**
     * Warmup + cosine in a library's convention, always with totalSteps = warmup + cosine steps. Spelled in the
     * libraries as: optax {@code warmup_cosine_decay_schedule(init, peak, W, decay_steps=T, end)}; torch
     * {@code SequentialLR([LinearLR(init/peak, 1, W), CosineAnnealingLR(T_max=T-W, eta_min=end)], [W])};
     * transformers {@code get_cosine_schedule_with_warmup(W, num_training_steps=T)} (init must be 0).
     */
    public static Schedule warmupCosine(Convention convention, double init, double peak, long warmupSteps,
            long totalSteps, double end) {
        return new WarmupCosineSchedule(init, peak, warmupSteps, totalSteps, end, convention);
    }

    /** SGDR / torch CosineAnnealingWarmRestarts(T_0, T_mult, eta_min) with base rate {@code initial}. */
    public static Schedule cosineWarmRestarts(double initial, long firstCycle, long cycleMultiplier, double minValue) {
        return new CosineRestartsSchedule(initial, firstCycle, cycleMultiplier, minValue);
    }

    /** Textbook one-cycle (same formula as optax cosine_onecycle_schedule). */
    public static Schedule oneCycle(double maxValue, long totalSteps, double pctStart, double divFactor,
            double finalDivFactor) {
        return new OneCycleSchedule(maxValue, totalSteps, pctStart, divFactor, finalDivFactor, Convention.TEXTBOOK);
    }

    /** One-cycle in a library's convention (PYTORCH = OneCycleLR with anneal_strategy 'cos', two phases). */
    public static Schedule oneCycle(Convention convention, double maxValue, long totalSteps, double pctStart,
            double divFactor, double finalDivFactor) {
        return new OneCycleSchedule(maxValue, totalSteps, pctStart, divFactor, finalDivFactor, convention);
    }

    /** initial / sqrt(step + 1). */
    public static Schedule inverseSqrt(double initial) {
        return new InverseSqrtSchedule(initial);
    }

    /**
     * transformers get_inverse_sqrt_schedule: linear warmup from 0, then
     * peak / sqrt((step + timescale - W) / timescale).
     */
    public static Schedule inverseSqrtWithWarmup(double peak, long warmupSteps, long timescale) {
        return new InverseSqrtWarmupSchedule(peak, warmupSteps, timescale);
    }

    /** transformers' default timescale: the warmup length, or 10 000 when there is no warmup. */
    public static Schedule inverseSqrtWithWarmup(double peak, long warmupSteps) {
        return new InverseSqrtWarmupSchedule(peak, warmupSteps, warmupSteps == 0 ? 10_000 : warmupSteps);
    }

    /** Phase i+1 starts at boundaries[i] and sees step - boundaries[i] (optax join_schedules, torch SequentialLR). */
    public static Schedule join(List<Schedule> phases, long... boundaries) {
        return new JoinedSchedule(phases, boundaries);
    }

    // ---- PyTorch torch.optim.lr_scheduler ----

    /** torch ConstantLR(factor, total_iters): base * factor before total_iters, then base. */
    public static Schedule constantFactor(double base, double factor, long totalIters) {
        return new ConstantFactorSchedule(base, factor, totalIters);
    }

    /** torch LinearLR(start_factor, end_factor, total_iters). */
    public static Schedule linearFactor(double base, double startFactor, double endFactor, long totalIters) {
        return new LinearFactorSchedule(base, startFactor, endFactor, totalIters);
    }

    /** torch CyclicLR's rate; mode "triangular", "triangular2" or "exp_range" (gamma used by exp_range only). */
    public static Schedule cyclic(double baseLr, double maxLr, double stepSizeUp, double stepSizeDown, String mode,
            double gamma) {
        return new CyclicSchedule(baseLr, maxLr, stepSizeUp, stepSizeDown, CyclicSchedule.Mode.parse(mode), gamma);
    }

    /** torch CyclicLR's cycled momentum: max_momentum while the rate is at base_lr, base_momentum at max_lr. */
    public static Schedule cyclicMomentum(double baseMomentum, double maxMomentum, double stepSizeUp,
            double stepSizeDown, String mode, double gamma) {
        return CyclicSchedule.momentum(baseMomentum, maxMomentum, stepSizeUp, stepSizeDown,
                CyclicSchedule.Mode.parse(mode), gamma);
    }

    /** torch OneCycleLR's rate with anneal_strategy 'linear' or 'cos' and optional three_phase. */
    public static Schedule oneCycleTorch(double maxLr, long totalSteps, double pctStart, double divFactor,
            double finalDivFactor, boolean linear, boolean threePhase) {
        return OneCyclePhases.rate(maxLr, totalSteps, pctStart, divFactor, finalDivFactor, linear, threePhase);
    }

    /** torch OneCycleLR's cycled momentum (cycle_momentum=True): max -> base -> max (three phases: then held). */
    public static Schedule oneCycleMomentum(long totalSteps, double pctStart, double baseMomentum, double maxMomentum,
            boolean linear, boolean threePhase) {
        return OneCyclePhases.momentum(totalSteps, pctStart, baseMomentum, maxMomentum, linear, threePhase);
    }

    /**
     * torch ChainedScheduler over schedulers built on one optimizer whose rate is {@code base}: every step, each
     * scheduler's step() (its get_lr) is applied in turn to the rate the others left. Takes torch's chainable
     * schedulers only ({@link #notChainable}).
     */
    public static Schedule chained(double base, List<Schedule> schedules) {
        return ChainedSchedule.of(base, schedules);
    }

    /**
     * Why torch's ChainedScheduler cannot chain this schedule, or null when it can: it must be one of torch's
     * chainable schedulers (ConstantLR, LinearLR, StepLR, MultiStepLR, ExponentialLR, PolynomialLR,
     * CosineAnnealingLR) or a chain of them.
     */
    public static String notChainable(Schedule schedule) {
        return ChainedSchedule.notChainable(schedule);
    }

    /**
     * How many scheduler steps evaluating {@code schedule} at {@code step} replays: 0 for the closed forms, about
     * step x schedulers for a chained schedule (torch's recursion, run from step 0). For work estimates.
     */
    public static long recursionSteps(Schedule schedule, long step) {
        if (step < 0) {
            return 0;
        }
        if (schedule instanceof ChainedSchedule c) {
            return c.recursionSteps(step);
        }
        if (schedule instanceof JoinedSchedule j) {
            return j.recursionSteps(step);
        }
        return 0;
    }

    /** torch CosineAnnealingWarmRestarts.step(epoch) at a fractional epoch. */
    public static double cosineWarmRestartsAtEpoch(double initial, long firstCycle, long cycleMultiplier,
            double minValue, double epoch) {
        return new CosineRestartsSchedule(initial, firstCycle, cycleMultiplier, minValue).atEpoch(epoch);
    }

    // ---- optax optax.schedules ----

    /**
     * optax exponential_decay(init, transition_steps, decay_rate, transition_begin, staircase, end_value):
     * transition_steps <= 0 or decay_rate 0 give the constant init (optax/schedules/_schedule.py returns
     * {@code lambda count: init_value} for both, end_value then having no effect); {@code endValue} null for none (a
     * lower bound when rate < 1, else an upper bound).
     */
    public static Schedule exponentialDecay(double initial, double rate, long transitionSteps, boolean staircase,
            long transitionBegin, Double endValue) {
        Check.finite("exponential decay", "initial value", initial);
        Check.nonNegative("exponential decay", "transition begin", transitionBegin);
        Schedule decay = transitionSteps <= 0 || rate == 0 ? null
                : new ExponentialDecaySchedule(initial, rate, transitionSteps, staircase);
        Schedule s = decay == null ? constant(initial)
                : transitionBegin == 0 ? decay : new ShiftedSchedule(decay, transitionBegin);
        return endValue == null || transitionSteps <= 0 || rate == 0 ? s : new BoundedSchedule(s, endValue, rate < 1);
    }

    /** optax polynomial_schedule with transition_begin; transition_steps <= 0 gives the constant init. */
    public static Schedule polynomial(double initial, double end, double power, long decaySteps, long begin) {
        Check.nonNegative("polynomial decay", "transition begin", begin);
        if (decaySteps <= 0) {
            return constant(initial);
        }
        return begin == 0 ? polynomial(initial, end, power, decaySteps)
                : new ShiftedSchedule(polynomial(initial, end, power, decaySteps), begin);
    }

    /** Cosine decay with optax's exponent on the cosine factor (TEXTBOOK and OPTAX only). */
    public static Schedule cosineDecay(Convention convention, double initial, long totalSteps, double floor,
            double exponent) {
        return new CosineDecaySchedule(initial, totalSteps, floor, convention).withExponent(exponent);
    }

    /**
     * Warmup + cosine with optax's exponent: for exponent 1 the same as {@link #warmupCosine(Convention, double,
     * double, long, long, double)}; otherwise optax's own join of linear_schedule and cosine_decay_schedule.
     */
    public static Schedule warmupCosine(Convention convention, double init, double peak, long warmupSteps,
            long totalSteps, double end, double exponent) {
        Schedule plain = warmupCosine(convention, init, peak, warmupSteps, totalSteps, end);
        if (exponent == 1) {
            return plain;
        }
        if (convention != Convention.OPTAX && convention != Convention.TEXTBOOK) {
            throw Check.fail("warmup cosine", "only optax's warmup_cosine_decay_schedule (and the textbook formula)"
                    + " has an exponent; " + convention + " has none, got " + Check.show(exponent));
        }
        Schedule warm = warmupSteps == 0 ? constant(init) : convention == Convention.OPTAX
                ? polynomial(init, peak, 1, warmupSteps) : linearWarmup(init, peak, warmupSteps);
        double alpha = peak == 0.0 ? 0.0 : end / peak;
        // optax uses alpha = end / peak, the textbook formula the floor end itself
        Schedule cos = new CosineDecaySchedule(peak, totalSteps - warmupSteps, end, alpha, convention, exponent);
        return join(List.of(warm, cos), warmupSteps);
    }

    /**
     * optax piecewise_constant_schedule(init, {boundaries[i]: scales[i]}): from each boundary on, multiplied by its
     * scale.
     */
    public static Schedule piecewiseConstant(double init, long[] boundaries, double[] scales) {
        return new PiecewiseConstantSchedule(init, boundaries, scales);
    }

    /**
     * optax piecewise_interpolate_schedule('linear' or 'cosine', init, {boundaries[i]: scales[i]}); a repeated
     * boundary keeps its last scale, as a Python dict literal does.
     */
    public static Schedule piecewiseInterpolate(boolean linear, double init, long[] boundaries, double[] scales) {
        Check.notNull("piecewise interpolation", "boundaries", boundaries);
        Check.notNull("piecewise interpolation", "scales", scales);
        if (boundaries.length != scales.length) {
            throw Check.fail("piecewise interpolation", "needs one scale per boundary, got " + boundaries.length
                    + " boundaries and " + scales.length + " scales");
        }
        java.util.Map<Long, Double> dict = new java.util.LinkedHashMap<>();
        for (int i = 0; i < boundaries.length; i++) {
            dict.put(boundaries[i], scales[i]);
        }
        return PiecewiseInterpolateSchedule.of(linear, init, dict);
    }

    /**
     * optax linear_onecycle_schedule(T, peak, pct_start, pct_final, div, final_div): linear from peak/div to peak
     * at int(pct_start*T), back to peak/div at int(pct_final*T), then to peak/(div*final_div) at T, held after.
     */
    public static Schedule linearOneCycle(long totalSteps, double peak, double pctStart, double pctFinal,
            double divFactor, double finalDivFactor) {
        String what = "linear one-cycle";
        Check.positive(what, "transition steps", totalSteps);
        Check.finite(what, "pct_start", pctStart);
        Check.finite(what, "pct_final", pctFinal);
        Check.positive(what, "div_factor", divFactor);
        Check.positive(what, "final_div_factor", finalDivFactor);
        return piecewiseInterpolate(true, peak / divFactor,
                new long[] {(long) (pctStart * totalSteps), (long) (pctFinal * totalSteps), totalSteps},
                new double[] {divFactor, 1.0 / divFactor, 1.0 / finalDivFactor});
    }

    /**
     * optax sgdr_schedule: one warmup_cosine_decay_schedule(init, peaks[i], warmup, decay_steps = lengths[i], end)
     * per cycle, joined at the running sums of the lengths.
     */
    public static Schedule sgdr(double[] peaks, long[] lengths, long warmupSteps, double init, double end) {
        String what = "SGDR";
        Check.notNull(what, "peaks", peaks);
        Check.notNull(what, "cycle lengths", lengths);
        if (peaks.length != lengths.length || peaks.length == 0) {
            throw Check.fail(what, "needs one peak per cycle length and at least one cycle, got " + peaks.length
                    + " peaks and " + lengths.length + " lengths");
        }
        List<Schedule> cycles = new java.util.ArrayList<>();
        long[] boundaries = new long[peaks.length - 1];
        long step = 0;
        for (int i = 0; i < peaks.length; i++) {
            cycles.add(warmupCosine(Convention.OPTAX, init, peaks[i], warmupSteps, lengths[i], end));
            step = Math.addExact(step, lengths[i]);
            if (i < boundaries.length) {
                boundaries[i] = step;
            }
        }
        return join(cycles, boundaries);
    }

    // ---- transformers src/transformers/optimization.py ----

    /** get_linear_schedule_with_warmup: 0 -> peak over W, then linearly to 0 at T (and 0 after). */
    public static Schedule transformersLinear(double peak, long warmupSteps, long totalSteps) {
        return new TransformersWarmupSchedule(TransformersWarmupSchedule.Shape.LINEAR, peak, warmupSteps, totalSteps,
                0.5, 0, 1);
    }

    /** get_cosine_schedule_with_warmup with num_cycles (0.5 = one half-cosine down to 0). */
    public static Schedule transformersCosine(double peak, long warmupSteps, long totalSteps, double cycles) {
        return new TransformersWarmupSchedule(TransformersWarmupSchedule.Shape.COSINE, peak, warmupSteps, totalSteps,
                cycles, 0, 1);
    }

    /** get_cosine_with_hard_restarts_schedule_with_warmup(num_cycles). */
    public static Schedule transformersHardRestarts(double peak, long warmupSteps, long totalSteps, double cycles) {
        return new TransformersWarmupSchedule(TransformersWarmupSchedule.Shape.HARD_RESTARTS, peak, warmupSteps,
                totalSteps, cycles, 0, 1);
    }

    /** get_polynomial_decay_schedule_with_warmup(lr_end, power) with the optimizer's rate peak. */
    public static Schedule transformersPolynomial(double peak, long warmupSteps, long totalSteps, double end,
            double power) {
        return new TransformersWarmupSchedule(TransformersWarmupSchedule.Shape.POLYNOMIAL, peak, warmupSteps,
                totalSteps, 0.5, end, power);
    }
}
