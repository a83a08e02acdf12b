package courseware.check;

import static courseware.check.Fn.Kind.BOOL;
import static courseware.check.Fn.Kind.NUMBER;
import static courseware.check.Fn.Kind.TEXT;
import static courseware.check.Fn.Kind.VECTOR;
import static courseware.check.Fn.Kind.WHOLE;
import static courseware.check.Fn.Kind.ANY;
import static courseware.check.Fn.Param.omittable;
import static courseware.check.Fn.Param.optional;
import static courseware.check.Fn.Param.required;
import static courseware.check.MathFunctions.add;
import static courseware.check.MathFunctions.num;

import courseware.engine.Convention;
import courseware.engine.Limits;
import courseware.engine.clip.ClipResult;
import courseware.engine.clip.Clipping;
import courseware.engine.experiment.BatchComparison;
import courseware.engine.experiment.BatchCurves;
import courseware.engine.experiment.BatchExperiment;
import courseware.engine.experiment.CrossEntropy;
import courseware.engine.experiment.ExperimentResult;
import courseware.engine.experiment.LabelSmoothing;
import courseware.engine.experiment.MeanSquareRecursion;
import courseware.engine.experiment.Model;
import courseware.engine.experiment.SeedExperiment;
import courseware.engine.experiment.Summary;
import courseware.engine.objective.Descent;
import courseware.engine.objective.DescentRun;
import courseware.engine.objective.Objective;
import courseware.engine.optim.AdagradConfig;
import courseware.engine.optim.AdamConfig;
import courseware.engine.optim.Optimizer;
import courseware.engine.optim.OptimizerSnapshot;
import courseware.engine.optim.Optimizers;
import courseware.engine.optim.RmsPropConfig;
import courseware.engine.optim.SgdBounds;
import courseware.engine.optim.SgdConfig;
import courseware.engine.schedule.Schedule;
import courseware.engine.schedule.Schedules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The engine as check functions. Names and parameters follow the lessons' notation (eta0, step,
 * total); every schedule takes the 0-based {@code step} it is evaluated at; {@code convention}
 * picks "textbook" (default), "pytorch", "optax" or "transformers" where they differ
 * (docs/engine.md).
 */
final class EngineFunctions {
    private static final Value TEXTBOOK = new Value.Str("textbook");

    private EngineFunctions() {}

    static void register(Map<String, Fn> fns) {
        schedules(fns);
        clipping(fns);
        descent(fns);
        optimizers(fns);
        stochastic(fns);
        curves(fns);
        add(fns, new Fn("label_smooth", List.of(required("y", VECTOR), required("eps", NUMBER)),
                "label smoothing (1 - eps) y + eps / K of a target vector", a -> vec(LabelSmoothing.smooth(a.vec("y"), a.num("eps")))));
        add(fns, new Fn("cross_entropy", List.of(required("logits", VECTOR), required("target", Fn.Kind.ANY), optional("eps", NUMBER, num(0))),
                "softmax cross-entropy with label smoothing eps of logits against a 0-based class index or a probability vector "
                        + "(torch CrossEntropyLoss(label_smoothing); optax and transformers' LabelSmoother give the same)",
                a -> {
                    Value t = a.any("target");
                    if (t instanceof Value.Num n) {
                        if (n.value() != Math.rint(n.value())) throw new IllegalArgumentException("a class index is a whole number, got " + n.show());
                        return num(CrossEntropy.loss(a.vec("logits"), (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n.value())), a.num("eps")));
                    }
                    if (t instanceof Value.Vec v) return num(CrossEntropy.loss(a.vec("logits"), v.values(), a.num("eps")));
                    throw new IllegalArgumentException("target must be a class index or a vector of probabilities, got " + t.kind());
                }));
        add(fns, new Fn("sgd_bound", List.of(required("L", NUMBER), required("f0", NUMBER), required("f_star", NUMBER),
                required("K", WHOLE), required("sigma", NUMBER), required("B", WHOLE)),
                "non-convex SGD bound 2L(f0 - f*)/K + sigma^2/B (sigma, not sigma^2)",
                a -> num(SgdBounds.nonConvex(a.num("L"), a.num("f0"), a.num("f_star"), a.whole("K"), a.num("sigma"), a.whole("B")))));
    }

    private static void schedules(Map<String, Fn> fns) {
        schedule(fns, "constant_lr", "a constant rate", List.of(required("eta0", NUMBER)), a -> Schedules.constant(a.num("eta0")));
        schedule(fns, "step_decay", "eta0 * gamma^floor(step / step_size) (torch StepLR; decays forever)",
                List.of(required("eta0", NUMBER), required("step_size", WHOLE), optional("gamma", NUMBER, num(0.1))),
                a -> Schedules.stepDecay(a.num("eta0"), a.whole("step_size"), a.num("gamma")));
        schedule(fns, "multi_step", "eta0 times gamma for each milestone passed, a repeated milestone once per repeat (torch MultiStepLR); held after the last",
                List.of(required("eta0", NUMBER), required("milestones", VECTOR), optional("gamma", NUMBER, num(0.1))),
                a -> Schedules.multiStep(a.num("eta0"), a.num("gamma"), wholes(a.vec("milestones"))));
        schedule(fns, "exponential_decay", "eta0 * gamma^(step / transition_steps), decaying forever (torch ExponentialLR); optax exponential_decay's "
                        + "staircase (floored exponent), begin (eta0 held before it), end (a floor when gamma < 1, else a cap) and "
                        + "transition_steps 0 (a constant); gamma 0 needs a convention: pytorch gives eta0 then 0, optax the constant eta0",
                List.of(required("eta0", NUMBER), required("gamma", NUMBER), optional("transition_steps", WHOLE, num(1)),
                        optional("staircase", BOOL, new Value.Bool(false)), optional("begin", WHOLE, num(0)), omittable("end", NUMBER),
                        optional("convention", TEXT, TEXTBOOK)),
                EngineFunctions::exponentialDecay);
        schedule(fns, "polynomial_decay", "from eta0 to end over total steps with the given power, then end (optax polynomial_schedule, "
                        + "eta0 held for begin steps first, total 0 a constant; torch PolynomialLR is end 0)",
                List.of(required("eta0", NUMBER), required("total", WHOLE), optional("end", NUMBER, num(0)), optional("power", NUMBER, num(1)),
                        optional("begin", WHOLE, num(0))),
                a -> Schedules.polynomial(a.num("eta0"), a.num("end"), a.num("power"), a.whole("total"), a.whole("begin")));
        schedule(fns, "linear_warmup", "linear from start to peak over warmup steps, then peak (optax linear_schedule; start held for begin steps first)",
                List.of(required("start", NUMBER), required("peak", NUMBER), required("warmup", WHOLE), optional("begin", WHOLE, num(0))),
                a -> {
                    if (a.whole("warmup") == 0) {
                        throw new IllegalArgumentException("warmup must be > 0: with 0 steps optax's linear_schedule is the constant start, "
                                + "while 'no warmup' usually means the constant peak; write constant_lr(...) for the one you mean");
                    }
                    Schedule s = Schedules.linearWarmup(a.num("start"), a.num("peak"), a.whole("warmup"));
                    return a.whole("begin") == 0 ? s : Schedules.join(List.of(Schedules.constant(a.num("start")), s), a.whole("begin"));
                });
        schedule(fns, "cosine_decay", "eta0 * (1 + cos(pi step / total)) / 2, down to floor; past total textbook and optax hold the floor, "
                        + "pytorch (CosineAnnealingLR) and transformers rise again; exponent (optax) raises the cosine factor",
                List.of(required("eta0", NUMBER), required("total", WHOLE), optional("floor", NUMBER, num(0)),
                        optional("convention", TEXT, TEXTBOOK), optional("exponent", NUMBER, num(1))),
                a -> Schedules.cosineDecay(convention(a), a.num("eta0"), a.whole("total"), a.num("floor"), a.num("exponent")));
        schedule(fns, "warmup_cosine", "linear warmup from start to peak, then cosine to end; total includes the warmup; past total "
                        + "textbook and optax hold end, pytorch (SequentialLR of LinearLR, CosineAnnealingLR) and transformers rise again; "
                        + "transformers starts at 0 and takes cycles (num_cycles), optax an exponent",
                List.of(required("start", NUMBER), required("peak", NUMBER), required("warmup", WHOLE), required("total", WHOLE),
                        optional("end", NUMBER, num(0)), optional("convention", TEXT, TEXTBOOK), optional("exponent", NUMBER, num(1)),
                        optional("cycles", NUMBER, num(0.5))),
                a -> {
                    Convention c = convention(a);
                    if (a.num("cycles") != 0.5) {
                        if (c != Convention.TRANSFORMERS || a.num("end") != 0 || a.num("start") != 0) {
                            throw new IllegalArgumentException("cycles (num_cycles) exists only in transformers' get_cosine_schedule_with_warmup"
                                    + " (convention \"transformers\", start 0, end 0)");
                        }
                        return Schedules.transformersCosine(a.num("peak"), a.whole("warmup"), a.whole("total"), a.num("cycles"));
                    }
                    return Schedules.warmupCosine(c, a.num("start"), a.num("peak"), a.whole("warmup"), a.whole("total"), a.num("end"),
                            a.num("exponent"));
                });
        schedule(fns, "cosine_restarts", "cosine from eta0 to min in cycles of t0, t0*t_mult, ..., restarting forever (torch CosineAnnealingWarmRestarts, SGDR)",
                List.of(required("eta0", NUMBER), required("t0", WHOLE), optional("t_mult", WHOLE, num(1)), optional("min", NUMBER, num(0))),
                a -> Schedules.cosineWarmRestarts(a.num("eta0"), a.whole("t0"), a.whole("t_mult"), a.num("min")));
        add(fns, new Fn("cosine_restarts_epoch", List.of(required("eta0", NUMBER), required("t0", WHOLE), required("epoch", NUMBER),
                optional("t_mult", WHOLE, num(1)), optional("min", NUMBER, num(0))),
                "the same at a fractional epoch such as 2.5, as torch CosineAnnealingWarmRestarts.step(epoch) computes it",
                a -> num(Schedules.cosineWarmRestartsAtEpoch(a.num("eta0"), a.whole("t0"), a.whole("t_mult"), a.num("min"), a.num("epoch")))));
        schedule(fns, "one_cycle", "one-cycle: warm up to max_lr for pct_start of total, then anneal; textbook and optax follow "
                        + "cosine_onecycle_schedule (held after total); pytorch follows OneCycleLR (anneal \"cos\" or \"linear\", three_phase; "
                        + "a step past total is an error)",
                List.of(required("max_lr", NUMBER), required("total", WHOLE), optional("pct_start", NUMBER, num(0.3)),
                        optional("div_factor", NUMBER, num(25)), optional("final_div_factor", NUMBER, num(1e4)),
                        optional("convention", TEXT, TEXTBOOK), optional("anneal", TEXT, new Value.Str("cos")),
                        optional("three_phase", BOOL, new Value.Bool(false))),
                a -> {
                    Convention c = convention(a);
                    boolean linear = anneal(a);
                    if (c == Convention.PYTORCH) {
                        return Schedules.oneCycleTorch(a.num("max_lr"), a.whole("total"), a.num("pct_start"), a.num("div_factor"),
                                a.num("final_div_factor"), linear, a.bool("three_phase"));
                    }
                    if (linear || a.bool("three_phase")) {
                        throw new IllegalArgumentException("anneal \"linear\" and three_phase are PyTorch OneCycleLR options (convention \"pytorch\");"
                                + " optax's linear one-cycle is linear_onecycle");
                    }
                    return Schedules.oneCycle(c, a.num("max_lr"), a.whole("total"), a.num("pct_start"), a.num("div_factor"),
                            a.num("final_div_factor"));
                });
        schedule(fns, "one_cycle_momentum", "the momentum torch OneCycleLR cycles with the rate: max_momentum down to base_momentum "
                        + "while the rate rises, back while it falls (three_phase: then held); a step past total is an error",
                List.of(required("total", WHOLE), optional("pct_start", NUMBER, num(0.3)), optional("base_momentum", NUMBER, num(0.85)),
                        optional("max_momentum", NUMBER, num(0.95)), optional("anneal", TEXT, new Value.Str("cos")),
                        optional("three_phase", BOOL, new Value.Bool(false))),
                a -> Schedules.oneCycleMomentum(a.whole("total"), a.num("pct_start"), a.num("base_momentum"), a.num("max_momentum"),
                        anneal(a), a.bool("three_phase")));
        schedule(fns, "linear_onecycle", "optax linear_onecycle_schedule: linear from max_lr/div_factor to max_lr at pct_start, back at "
                        + "pct_final, then to max_lr/(div_factor*final_div_factor) at total, held after",
                List.of(required("max_lr", NUMBER), required("total", WHOLE), optional("pct_start", NUMBER, num(0.3)),
                        optional("pct_final", NUMBER, num(0.85)), optional("div_factor", NUMBER, num(25)),
                        optional("final_div_factor", NUMBER, num(1e4))),
                a -> Schedules.linearOneCycle(a.whole("total"), a.num("max_lr"), a.num("pct_start"), a.num("pct_final"),
                        a.num("div_factor"), a.num("final_div_factor")));
        schedule(fns, "constant_factor", "torch ConstantLR: eta0 * factor for the first total steps, then eta0 for good (total 0: eta0 * factor for good, "
                        + "as step() gives it; factor 0: an error from step total on, where torch divides by it)",
                List.of(required("eta0", NUMBER), optional("factor", NUMBER, num(1.0 / 3)), optional("total", WHOLE, num(5))),
                a -> Schedules.constantFactor(a.num("eta0"), a.num("factor"), a.whole("total")));
        schedule(fns, "linear_factor", "torch LinearLR: eta0 times a factor going linearly from start_factor to end_factor over total steps, then held",
                List.of(required("eta0", NUMBER), optional("start_factor", NUMBER, num(1.0 / 3)), optional("end_factor", NUMBER, num(1)),
                        optional("total", WHOLE, num(5))),
                a -> Schedules.linearFactor(a.num("eta0"), a.num("start_factor"), a.num("end_factor"), a.whole("total")));
        schedule(fns, "cyclic", "torch CyclicLR: triangles from base_lr up to max_lr over step_size_up steps and back over step_size_down "
                        + "(default the same), mode \"triangular\", \"triangular2\" (height halves each cycle) or \"exp_range\" (times gamma^step); repeats forever",
                List.of(required("base_lr", NUMBER), required("max_lr", NUMBER), optional("step_size_up", NUMBER, num(2000)),
                        omittable("step_size_down", NUMBER), optional("mode", TEXT, new Value.Str("triangular")), optional("gamma", NUMBER, num(1))),
                a -> Schedules.cyclic(a.num("base_lr"), a.num("max_lr"), a.num("step_size_up"), down(a), a.text("mode"), a.num("gamma")));
        schedule(fns, "cyclic_momentum", "the momentum torch CyclicLR cycles with it: max_momentum at base_lr, base_momentum at max_lr",
                List.of(optional("base_momentum", NUMBER, num(0.8)), optional("max_momentum", NUMBER, num(0.9)),
                        optional("step_size_up", NUMBER, num(2000)), omittable("step_size_down", NUMBER),
                        optional("mode", TEXT, new Value.Str("triangular")), optional("gamma", NUMBER, num(1))),
                a -> Schedules.cyclicMomentum(a.num("base_momentum"), a.num("max_momentum"), a.num("step_size_up"), down(a),
                        a.text("mode"), a.num("gamma")));
        schedule(fns, "piecewise_constant", "optax piecewise_constant_schedule: eta0 times scales[i] from boundaries[i] on (one scale per boundary)",
                List.of(required("eta0", NUMBER), required("boundaries", VECTOR), required("scales", VECTOR)),
                a -> Schedules.piecewiseConstant(a.num("eta0"), wholes(a.vec("boundaries")), a.vec("scales")));
        schedule(fns, "sgdr", "optax sgdr_schedule: one warmup cosine (init to peaks[i] over warmup, to end at lengths[i]) per cycle, "
                        + "cycles back to back; the last end is held",
                List.of(required("peaks", VECTOR), required("lengths", VECTOR), optional("warmup", WHOLE, num(0)),
                        optional("init", NUMBER, num(0)), optional("end", NUMBER, num(0))),
                a -> Schedules.sgdr(a.vec("peaks"), wholes(a.vec("lengths")), a.whole("warmup"), a.num("init"), a.num("end")));
        schedule(fns, "inverse_sqrt", "eta0 / sqrt(step + 1), decaying forever", List.of(required("eta0", NUMBER)), a -> Schedules.inverseSqrt(a.num("eta0")));
        schedule(fns, "inverse_sqrt_warmup", "transformers get_inverse_sqrt_schedule: linear warmup from 0 to peak, then "
                        + "peak / sqrt((step + timescale - warmup) / timescale); timescale defaults to warmup (10000 when warmup is 0)",
                List.of(required("peak", NUMBER), required("warmup", WHOLE), omittable("timescale", WHOLE)),
                a -> a.absent("timescale") ? Schedules.inverseSqrtWithWarmup(a.num("peak"), a.whole("warmup"))
                        : Schedules.inverseSqrtWithWarmup(a.num("peak"), a.whole("warmup"), a.whole("timescale")));
        schedule(fns, "linear_with_warmup", "transformers get_linear_schedule_with_warmup: 0 to peak over warmup, then linearly to 0 at total, 0 after",
                List.of(required("peak", NUMBER), required("warmup", WHOLE), required("total", WHOLE)),
                a -> Schedules.transformersLinear(a.num("peak"), a.whole("warmup"), a.whole("total")));
        schedule(fns, "cosine_hard_restarts", "transformers get_cosine_with_hard_restarts_schedule_with_warmup: 0 to peak over warmup, "
                        + "then cycles cosines from peak to 0 by total, 0 after",
                List.of(required("peak", NUMBER), required("warmup", WHOLE), required("total", WHOLE), optional("cycles", NUMBER, num(1))),
                a -> Schedules.transformersHardRestarts(a.num("peak"), a.whole("warmup"), a.whole("total"), a.num("cycles")));
        schedule(fns, "polynomial_with_warmup", "transformers get_polynomial_decay_schedule_with_warmup: 0 to peak over warmup, then "
                        + "(peak - end)(1 - progress)^power + end, end after total (peak must exceed end)",
                List.of(required("peak", NUMBER), required("warmup", WHOLE), required("total", WHOLE), optional("end", NUMBER, num(1e-7)),
                        optional("power", NUMBER, num(1))),
                a -> Schedules.transformersPolynomial(a.num("peak"), a.whole("warmup"), a.whole("total"), a.num("end"), a.num("power")));
        schedule(fns, "join", "first until step boundary, then the schedule then restarted from its step 0 (optax join_schedules, "
                        + "torch SequentialLR); nest joins for more phases",
                List.of(required("first", ANY), required("boundary", WHOLE), required("then", ANY)),
                a -> Schedules.join(List.of(a.schedule("first"), a.schedule("then")), a.whole("boundary")));
        schedule(fns, "chained", "torch ChainedScheduler: torch's recursion, each step() of first then second applied to the rate the "
                        + "other left, both torch schedulers built with the optimizer's rate eta0 (the product of their factors when both "
                        + "only multiply; cosine_decay pytorch re-adds its floor)",
                List.of(required("eta0", NUMBER), required("first", ANY), required("second", ANY)),
                EngineFunctions::chained);
        add(fns, new Fn("lr_at", List.of(required("schedule", ANY), required("step", WHOLE)),
                "the rate of a schedule value (a schedule function called without step) at a 0-based step",
                a -> num(a.schedule("schedule").checkedAt(a.whole("step"))))
                .withCost(a -> Fn.Cost.SMALL.of(a) + RECURSION_STEP * Schedules.recursionSteps(a.schedule("schedule"), a.whole("step"))));
    }

    /**
     * torch ExponentialLR(gamma) under "pytorch", optax exponential_decay under "optax" and (but for gamma 0, where
     * the two differ) by default. torch/optim/lr_scheduler.py ExponentialLR: base_lr * gamma ** last_epoch, so gamma
     * 0 gives eta0 then 0; optax/schedules/_schedule.py exponential_decay: decay_rate == 0 logs a message and returns
     * lambda count: init_value, the constant eta0.
     */
    private static Schedule exponentialDecay(Fn.Args a) {
        Convention c = convention(a);
        double gamma = a.num("gamma");
        switch (c) {
            case PYTORCH -> {
                if (a.whole("transition_steps") != 1 || a.bool("staircase") || a.whole("begin") != 0 || !a.absent("end")) {
                    throw new IllegalArgumentException("torch's ExponentialLR has only gamma: transition_steps, staircase, begin and end are"
                            + " optax exponential_decay's (convention \"optax\")");
                }
                return Schedules.exponential(a.num("eta0"), gamma);
            }
            case TRANSFORMERS -> throw new IllegalArgumentException("transformers has no exponential decay schedule; use convention"
                    + " \"pytorch\" (ExponentialLR) or \"optax\" (exponential_decay)");
            case TEXTBOOK -> {
                if (gamma == 0) {
                    throw new IllegalArgumentException("gamma 0 is where the libraries differ: torch's ExponentialLR gives eta0 at step 0 and 0"
                            + " after, optax's exponential_decay the constant eta0 (decay_rate 0 makes it a constant schedule); say which with"
                            + " convention=\"pytorch\" or convention=\"optax\"");
                }
            }
            case OPTAX -> { }
        }
        return Schedules.exponentialDecay(a.num("eta0"), gamma, a.whole("transition_steps"), a.bool("staircase"),
                a.whole("begin"), a.absent("end") ? null : a.num("end"));
    }

    /**
     * torch ChainedScheduler over the first and second schedules: both must be torch's chainable schedulers built
     * with eta0; said here in the lesson's own names.
     */
    private static Schedule chained(Fn.Args a) {
        double eta0 = a.num("eta0");
        for (String name : List.of("first", "second")) {
            Schedule s = a.schedule(name);
            String shown = a.any(name).show();
            String why = Schedules.notChainable(s);
            if (why != null) {
                throw new IllegalArgumentException("'" + name + "' is " + shown + ", which torch's ChainedScheduler cannot chain: " + why
                        + ". chained takes constant_factor, linear_factor, step_decay, multi_step, exponential_decay (gamma only),"
                        + " polynomial_decay (end 0), cosine_decay with convention=\"pytorch\" (CosineAnnealingLR) and chained");
            }
        }
        return Schedules.chained(eta0, List.of(a.schedule("first"), a.schedule("second")));
    }

    private static boolean anneal(Fn.Args a) {
        return switch (a.text("anneal")) {
            case "cos" -> false;
            case "linear" -> true;
            default -> throw new IllegalArgumentException("anneal must be \"cos\" or \"linear\", got \"" + a.text("anneal") + "\"");
        };
    }

    private static double down(Fn.Args a) {
        return a.absent("step_size_down") ? a.num("step_size_up") : a.num("step_size_down");
    }

    /**
     * Registers a schedule: its parameters, then {@code step} (0-based). With a step it gives the
     * rate there; without one, the schedule itself as a value for join, chained and lr_at.
     */
    private static void schedule(Map<String, Fn> fns, String name, String doc, List<Fn.Param> params, Function<Fn.Args, Schedule> make) {
        boolean composes = params.stream().anyMatch(p -> p.kind() == ANY);
        List<Fn.Param> all = new java.util.ArrayList<>(params);
        all.add(params.stream().anyMatch(p -> p.defaultValue() != null) ? indexOfFirstOptional(params) : params.size(), omittable("step", WHOLE));
        add(fns, new Fn(name, List.copyOf(all), doc + "; at a 0-based step, or without step the schedule itself", a -> {
            Schedule s = make.apply(a);
            if (!a.absent("step")) return num(s.checkedAt(a.whole("step")));
            List<String> shown = new java.util.ArrayList<>();
            for (Fn.Param p : params) {
                if (!a.given(p.name())) continue;
                Value v = a.any(p.name());
                shown.add(p.name() + "=" + (v instanceof Value.Str t ? "\"" + t.value() + "\"" : v.show()));
            }
            return new Value.Sched(name + "(" + String.join(", ", shown) + ")", s);
        }).withCost(a -> Fn.Cost.SMALL.of(a)
                + (composes && !a.absent("step") ? RECURSION_STEP * Schedules.recursionSteps(make.apply(a), a.whole("step")) : 0)));
    }

    /** Work units per scheduler step a chained schedule replays (torch's recursion runs from step 0 at every read). */
    static final long RECURSION_STEP = 3;

    private static int indexOfFirstOptional(List<Fn.Param> params) {
        for (int i = 0; i < params.size(); i++) if (params.get(i).defaultValue() != null) return i;
        return params.size();
    }

    private static void clipping(Map<String, Fn> fns) {
        add(fns, new Fn("clip_norm", List.of(required("g", VECTOR), required("max_norm", NUMBER), optional("p", NUMBER, num(2)),
                optional("convention", TEXT, TEXTBOOK)),
                "clip by global p-norm (max_norm may be inf: only measure); textbook keeps g when norm <= max_norm, pytorch always "
                        + "scales by min(1, max_norm/(norm + 1e-6)), optax keeps g only when norm < max_norm; g () (no parameters) has norm 0 "
                        + "and is left alone; fields vector, norm (before), scale, clipped",
                a -> clip(Clipping.byNorm(a.vec("g"), a.num("max_norm"), a.num("p"), convention(a)))));
        add(fns, new Fn("clip_value", List.of(required("g", VECTOR), required("limit", NUMBER)),
                "clamp each component to [-limit, limit] (the same in every library; limit may be inf); fields vector, "
                        + "max_abs (largest |component| before), clamped (how many components changed), clipped",
                a -> clipValue(a.vec("g"), Clipping.byValue(a.vec("g"), a.num("limit")))));
    }

    private static Value clip(ClipResult r) {
        r.requireFinite();
        return rec("clipping", "vector", vec(r.gradient()), "norm", num(r.normBefore()), "scale", num(r.scale()),
                "clipped", new Value.Bool(r.clipped()));
    }

    /** Value clipping has no norm or scale of its own: its fields say what it did to the components. */
    private static Value clipValue(double[] g, ClipResult r) {
        r.requireFinite();
        double[] out = r.gradient();
        int clamped = 0;
        for (int i = 0; i < g.length; i++) if (Double.compare(out[i], g[i]) != 0) clamped++;
        return rec("value clipping", "vector", vec(out), "max_abs", num(Clipping.norm(g, Double.POSITIVE_INFINITY)),
                "clamped", num(clamped), "clipped", new Value.Bool(r.clipped()));
    }

    private static void descent(Map<String, Fn> fns) {
        add(fns, new Fn("iterate", List.of(required("n", WHOLE), required("init", Fn.Kind.ANY), required("step", Fn.Kind.STEP)),
                "a recurrence the engine lacks: s <- step(s, k) for k = 0..n-1 from s = init (a number or vector); the final s. "
                        + "E.g. look-ahead Nesterov on x^2: iterate(2, (1, 0), \"(s[0] + mu*s[1] - eta*grad(loss, s[0] + mu*s[1]), "
                        + "mu*s[1] - eta*grad(loss, s[0] + mu*s[1]))\")",
                EngineFunctions::iterate));
        add(fns, new Fn("objective", List.of(required("expr", Fn.Kind.OBJECTIVE)),
                "an objective as a value, to name once and pass to f, grad, gd and the *_run optimizers: loss = objective(\"sin(x) + b*x\")",
                a -> a.any("expr")));
        add(fns, new Fn("f", List.of(required("expr", Fn.Kind.OBJECTIVE), required("at", Fn.Kind.ANY)),
                "value of an objective such as \"sin(x) + 0.2*x\" at a number or a point (x, y)",
                a -> num(objective(a).valueAt(point(a.any("at"))))).withCost(a -> objective(a).size()));
        add(fns, new Fn("grad", List.of(required("expr", Fn.Kind.OBJECTIVE), required("at", Fn.Kind.ANY)),
                "exact gradient (automatic differentiation); a number in one variable, a vector in two",
                a -> point(objective(a).gradientAt(point(a.any("at"))))).withCost(a -> objective(a).size()));
        add(fns, new Fn("gd", List.of(required("expr", Fn.Kind.OBJECTIVE), required("x0", Fn.Kind.ANY), required("lr", NUMBER), required("steps", WHOLE)),
                "gradient descent x <- x - lr * grad f(x); fields x (final, number or vector), value, gradient, steps, and path (x after each step, one variable) or path_x and path_y (two)",
                a -> run(Descent.run(objective(a), point(a.any("x0")), a.num("lr"), a.whole("steps")))).withCost(EngineFunctions::runCost));
        add(fns, new Fn("noisy_gd", List.of(required("expr", Fn.Kind.OBJECTIVE), required("x0", Fn.Kind.ANY), required("lr", NUMBER),
                required("sigma", NUMBER), required("steps", WHOLE), optional("seed", WHOLE, num(0))),
                "gradient descent with N(0, sigma^2) noise added to each gradient component (SplitMix64 seed); same fields as gd",
                a -> run(Descent.noisy(objective(a), point(a.any("x0")), Schedules.constant(a.num("lr")), a.num("sigma"),
                        a.whole("steps"), a.whole("seed")))).withCost(EngineFunctions::runCost));
    }

    /**
     * Work units per step of a run besides the objective's nodes: the update's own arithmetic and
     * bookkeeping, measured at about ten nodes' worth (WorkBudgetFigures).
     */
    private static final long STEP = 10;

    /**
     * A run on an objective: steps x (nodes + STEP). Steps beyond the engine's per-call limit
     * count as the limit, so such a call still gets the engine's own message.
     */
    static long runCost(Fn.Args a) {
        long steps = Math.max(0, Math.min(a.whole("steps"), Limits.MAX_ITERATIONS));
        return steps * (objective(a).size() + STEP);
    }

    /** At most this many steps: each is interpreted, so the bound is lower than the engine's loops. */
    static final long MAX_ITERATE_STEPS = 100_000;

    private static Value iterate(Fn.Args a) {
        long n = a.whole("n");
        if (n < 0 || n > MAX_ITERATE_STEPS) throw new IllegalArgumentException("'n' must be between 0 and " + MAX_ITERATE_STEPS + ", got " + n);
        Value state = a.any("init");
        if (!(state instanceof Value.Num || state instanceof Value.Vec)) {
            throw new IllegalArgumentException("'init' must be a number or a vector, got " + state.kind());
        }
        Value.Step step = a.step("step");
        for (long k = 0; k < n; k++) {
            Value next = step.function().apply(state, k);
            if (!sameShape(state, next)) {
                throw new IllegalArgumentException("step k = " + k + " turned " + state.kind() + " into " + next.kind()
                        + "; a step returns a state of the same shape");
            }
            state = next;
        }
        return state;
    }

    private static boolean sameShape(Value a, Value b) {
        if (a instanceof Value.Num) return b instanceof Value.Num;
        return a instanceof Value.Vec x && b instanceof Value.Vec y && x.values().length == y.values().length;
    }

    private static Objective objective(Fn.Args a) {
        return a.objective("expr");
    }

    private static Value run(DescentRun r) {
        r.requireFinite();
        Value.Rec result = (Value.Rec) rec("descent", "x", point(r.finalPoint()), "value", num(r.finalValue()),
                "gradient", point(r.finalGradient()), "steps", num(r.iterations()));
        if (r.recordEvery() != 1) return result;
        // Every point recorded: path[k] is x after k steps (path[0] the start); in two variables
        // path_x[k] and path_y[k] are the coordinates, for drawing a path in the plane.
        double[][] trajectory = r.trajectory();
        Map<String, Value> fields = new LinkedHashMap<>(result.fields());
        String[] names = r.finalPoint().length == 1 ? new String[] {"path"} : new String[] {"path_x", "path_y"};
        for (int d = 0; d < names.length; d++) {
            double[] path = new double[trajectory.length];
            for (int k = 0; k < path.length; k++) path[k] = trajectory[k][d];
            fields.put(names[d], vec(path));
        }
        return new Value.Rec(result.type(), fields);
    }

    private static void optimizers(Map<String, Fn> fns) {
        optimizer(fns, "sgd", "SGD with momentum, dampening, Nesterov, weight decay and maximize; textbook momentum dampens from "
                        + "step 1 and textbook Nesterov is the look-ahead form v = mu v - lr grad f(x + mu v), x += v (field velocity); "
                        + "pytorch and optax start the buffer at g and use x -= lr (g + mu b); fields x, step, momentum_buffer",
                List.of(optional("momentum", NUMBER, num(0)), optional("dampening", NUMBER, num(0)),
                        optional("nesterov", BOOL, new Value.Bool(false)), optional("weight_decay", NUMBER, num(0)),
                        optional("convention", TEXT, TEXTBOOK), optional("maximize", BOOL, new Value.Bool(false))),
                (a, x0) -> Optimizers.sgd(SgdConfig.of(a.num("lr")).withMomentum(a.num("momentum"))
                        .withDampening(a.num("dampening")).withNesterov(a.bool("nesterov")).withWeightDecay(a.num("weight_decay"))
                        .withConvention(convention(a)).withMaximize(a.bool("maximize")), x0));
        optimizer(fns, "adam", "Adam / AdamW (decoupled=true) / AMSGrad; textbook is Kingma and Ba, pytorch divides by sqrt(v)/sqrt(bc2) + eps, optax by "
                        + "sqrt(v_hat + eps_root) + eps, transformers (legacy AdamW) adds eps before bias correction; maximize ascends (torch); "
                        + "fields x, step, m, v",
                List.of(optional("beta1", NUMBER, num(0.9)), optional("beta2", NUMBER, num(0.999)),
                        optional("eps", NUMBER, num(1e-8)), optional("weight_decay", NUMBER, num(0)),
                        optional("decoupled", BOOL, new Value.Bool(false)), optional("amsgrad", BOOL, new Value.Bool(false)),
                        optional("convention", TEXT, TEXTBOOK), optional("maximize", BOOL, new Value.Bool(false))),
                (a, x0) -> Optimizers.adam(AdamConfig.of(a.num("lr")).withBetas(a.num("beta1"), a.num("beta2"))
                        .withEps(a.num("eps")).withWeightDecay(a.num("weight_decay")).withDecoupledWeightDecay(a.bool("decoupled"))
                        .withAmsgrad(a.bool("amsgrad")).withConvention(convention(a)).withMaximize(a.bool("maximize")), x0));
        optimizer(fns, "rmsprop", "RMSProp (centered, momentum, L2 weight_decay added to the gradient as torch does); textbook and "
                        + "pytorch divide by sqrt(v) + eps, optax by sqrt(v + eps), with its defaults (decay 0.9) unless given, and scales "
                        + "its momentum trace by lr; fields x, step, square_avg",
                List.of(optional("alpha", NUMBER, num(0.99)), optional("eps", NUMBER, num(1e-8)),
                        optional("momentum", NUMBER, num(0)), optional("centered", BOOL, new Value.Bool(false)),
                        optional("convention", TEXT, TEXTBOOK), optional("weight_decay", NUMBER, num(0))),
                (a, x0) -> {
                    // optax's defaults differ (decay 0.9, eps 1e-8 inside the root): start from them.
                    boolean optax = convention(a) == Convention.OPTAX;
                    RmsPropConfig c = optax ? RmsPropConfig.optax(a.num("lr")) : RmsPropConfig.of(a.num("lr")).withConvention(convention(a));
                    if (!optax || a.given("alpha")) c = c.withAlpha(a.num("alpha"));
                    if (!optax || a.given("eps")) c = c.withEps(a.num("eps"));
                    return Optimizers.rmsProp(c.withMomentum(a.num("momentum")).withCentered(a.bool("centered"))
                            .withWeightDecay(a.num("weight_decay")), x0);
                });
        optimizer(fns, "adagrad", "AdaGrad with torch's lr_decay (lr / (1 + (t - 1) lr_decay)), initial_accumulator_value and L2 "
                        + "weight_decay; textbook and pytorch divide by sqrt(sum) + eps, optax by sqrt(sum + eps) with the sum from 0.1 and "
                        + "eps 1e-7 unless given, and no lr_decay; fields x, step, sum",
                List.of(optional("eps", NUMBER, num(1e-10)), optional("convention", TEXT, TEXTBOOK), optional("lr_decay", NUMBER, num(0)),
                        optional("initial_accumulator_value", NUMBER, num(0)), optional("weight_decay", NUMBER, num(0))),
                (a, x0) -> {
                    // optax starts the sum at 0.1 with eps 1e-7: start from its defaults.
                    boolean optax = convention(a) == Convention.OPTAX;
                    AdagradConfig c = optax ? AdagradConfig.optax(a.num("lr")) : AdagradConfig.of(a.num("lr")).withConvention(convention(a));
                    if (!optax || a.given("eps")) c = c.withEps(a.num("eps"));
                    if (!optax || a.given("initial_accumulator_value")) c = c.withInitialAccumulator(a.num("initial_accumulator_value"));
                    return Optimizers.adagrad(c.withLrDecay(a.num("lr_decay")).withWeightDecay(a.num("weight_decay")), x0);
                });
    }

    /**
     * Two forms per optimizer: {@code NAME_run(expr, x0, lr, steps, ...)} follows the gradient of an
     * objective; {@code NAME_steps(grads, x0, lr, ...)} feeds given gradients to a scalar parameter,
     * one per step ("after 3 steps, m = ...").
     */
    private static void optimizer(Map<String, Fn> fns, String name, String doc, List<Fn.Param> options,
            java.util.function.BiFunction<Fn.Args, double[], Optimizer> make) {
        List<Fn.Param> run = new java.util.ArrayList<>(List.of(required("expr", Fn.Kind.OBJECTIVE), required("x0", Fn.Kind.ANY),
                required("lr", NUMBER), required("steps", WHOLE)));
        run.addAll(options);
        add(fns, new Fn(name + "_run", List.copyOf(run), doc + ", and value; on an objective", a -> {
            Objective f = objective(a);
            double[] x0 = point(a.any("x0"));
            f.valueAt(x0);
            OptimizerSnapshot last = Optimizers.run(make.apply(a, x0), (params, step) -> f.gradientAt(params), a.whole("steps"))
                    .requireFinite().last();
            Value.Rec r = snapshot(last);
            Map<String, Value> fields = new LinkedHashMap<>(r.fields());
            fields.put("value", num(f.valueAt(last.params())));
            return new Value.Rec(r.type(), fields);
        }).withCost(EngineFunctions::runCost));
        List<Fn.Param> steps = new java.util.ArrayList<>(List.of(required("grads", VECTOR), required("x0", NUMBER),
                required("lr", NUMBER)));
        steps.addAll(options);
        add(fns, new Fn(name + "_steps", List.copyOf(steps), doc + "; one given gradient per step, scalar parameter", a -> {
            double[] grads = a.vec("grads");
            double[][] perStep = new double[grads.length][];
            for (int i = 0; i < grads.length; i++) perStep[i] = new double[] {grads[i]};
            return snapshot(Optimizers.run(make.apply(a, new double[] {a.num("x0")}), perStep).requireFinite().last());
        }).withCost(a -> STEP * a.vec("grads").length));
    }

    private static Value.Rec snapshot(OptimizerSnapshot last) {
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("x", point(last.params()));
        fields.put("step", num(last.step()));
        last.state().forEach((k, v) -> fields.put(k, point(v)));
        return new Value.Rec(last.optimizer(), fields);
    }

    private static void stochastic(Map<String, Fn> fns) {
        add(fns, new Fn("ms_recursion", List.of(required("eta", NUMBER), required("a", NUMBER), required("sigma", NUMBER),
                required("m0", NUMBER), required("k", WHOLE)),
                "E[x_k^2] of x_{k+1} = (1 + eta a) x_k - eta xi_k: (1 + eta a)^2 m + eta^2 sigma^2, k times from m0",
                a -> num(new MeanSquareRecursion(a.num("eta"), a.num("a"), a.num("sigma")).at(a.whole("k"), a.num("m0")))));
        add(fns, new Fn("ms_simulation", List.of(required("eta", NUMBER), required("a", NUMBER), required("sigma", NUMBER),
                required("x0", NUMBER), required("steps", WHOLE), required("seeds", WHOLE), optional("seed", WHOLE, num(0))),
                "Monte Carlo of the same recursion over seeds seed..seed+seeds-1; fields mean, std (n-1), stderr, min, max, n",
                a -> summary(SeedExperiment.meanSquare(new MeanSquareRecursion(a.num("eta"), a.num("a"), a.num("sigma")),
                        a.num("x0"), a.whole("steps"), a.count("seeds"), a.whole("seed")))).withCost(a -> {
                            // A Gaussian draw and an update per seed and step: about three units.
                            double work = Math.max(0, a.whole("steps")) * (double) Math.max(0, a.whole("seeds"));
                            return 3 * (long) Math.min(work, Limits.MAX_EXPERIMENT_WORK);
                        }));
        add(fns, new Fn("batch_experiment", BATCH_PARAMS,
                "full-batch GD versus mini-batch SGD on a generated dataset (model \"linear\" or \"logistic\"), final training loss over seeds; "
                        + "fields full_mean, full_std, mini_mean, mini_std",
                a -> {
                    BatchComparison c = BatchExperiment.run(model(a.text("model")), a.count("rows"), a.vec("weights"), a.num("noise"),
                            a.num("lr"), a.count("epochs"), a.count("batch"), a.count("seeds"), a.whole("seed")).requireFinite();
                    return rec("batch experiment", "full_mean", num(c.fullBatch().summary().mean()), "full_std", num(c.fullBatch().summary().std()),
                            "mini_mean", num(c.miniBatch().summary().mean()), "mini_std", num(c.miniBatch().summary().std()));
                }).withCost(EngineFunctions::batchCost));
    }

    /** The parameters of a batch experiment, whether it keeps the final losses or every epoch's. */
    private static final List<Fn.Param> BATCH_PARAMS = List.of(required("model", TEXT), required("rows", WHOLE),
            required("weights", VECTOR), required("lr", NUMBER), required("epochs", WHOLE), required("batch", WHOLE),
            required("seeds", WHOLE), optional("noise", NUMBER, num(0.1)), optional("seed", WHOLE, num(0)));

    /** The engine's own count (4 x seeds x epochs x rows x features); a logistic model also takes an exp per row. */
    private static long batchCost(Fn.Args a) {
        double work = 4.0 * Math.max(0, a.whole("seeds")) * Math.max(1, a.whole("epochs")) * Math.max(0, a.whole("rows"))
                * a.vec("weights").length;
        return (a.text("model").equalsIgnoreCase("logistic") ? 2 : 1) * (long) Math.min(work, Limits.MAX_EXPERIMENT_WORK);
    }

    /** Whole curves over seeds, for figures with a mean and a band of one standard deviation. */
    private static void curves(Map<String, Fn> fns) {
        add(fns, new Fn("batch_curves", BATCH_PARAMS,
                "the batch_experiment kept per epoch: training loss after each epoch (0: before training), mean and std (n-1) over seeds; "
                        + "fields full_mean, full_std, mini_mean, mini_std (vectors of epochs + 1)",
                a -> {
                    BatchCurves c = BatchExperiment.curves(model(a.text("model")), a.count("rows"), a.vec("weights"), a.num("noise"),
                            a.num("lr"), a.count("epochs"), a.count("batch"), a.count("seeds"), a.whole("seed"));
                    return rec("batch curves", "full_mean", vec(c.fullMean()), "full_std", vec(c.fullStd()),
                            "mini_mean", vec(c.miniMean()), "mini_std", vec(c.miniStd()));
                }).withCost(EngineFunctions::batchCost));
    }

    private static Value summary(ExperimentResult r) {
        Summary s = r.requireFinite().summary();
        return rec("experiment", "mean", num(s.mean()), "std", num(s.std()), "stderr", num(s.standardError()),
                "min", num(s.min()), "max", num(s.max()), "n", num(s.n()));
    }

    private static Model model(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "linear" -> Model.LINEAR_LEAST_SQUARES;
            case "logistic" -> Model.LOGISTIC;
            default -> throw new IllegalArgumentException("model must be \"linear\" or \"logistic\", got \"" + name + "\"");
        };
    }

    static Convention convention(Fn.Args a) {
        String name = a.text("convention").toUpperCase(Locale.ROOT);
        try {
            return Convention.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("convention must be \"textbook\", \"pytorch\", \"optax\" or \"transformers\", got \""
                    + a.text("convention") + "\"");
        }
    }

    private static List<Fn.Param> concat(List<Fn.Param> first, Fn.Param... more) {
        List<Fn.Param> all = new java.util.ArrayList<>(first);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    private static long[] wholes(double[] v) {
        long[] out = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] != Math.rint(v[i])) throw new IllegalArgumentException("milestones must be whole numbers, got " + v[i]);
            out[i] = (long) v[i];
        }
        return out;
    }

    /** A number for one coordinate, a vector for several (and the reverse). */
    private static Value point(double[] p) {
        return p.length == 1 ? num(p[0]) : vec(p);
    }

    private static double[] point(Value v) {
        if (v instanceof Value.Num n) return new double[] {n.value()};
        if (v instanceof Value.Vec vec) return vec.values();
        throw new IllegalArgumentException("a start point is a number or a vector such as (1, 2), got " + v.kind());
    }

    private static Value vec(double[] v) {
        return new Value.Vec(v);
    }

    private static Value rec(String type, Object... namesAndValues) {
        Map<String, Value> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) fields.put((String) namesAndValues[i], (Value) namesAndValues[i + 1]);
        return new Value.Rec(type, fields);
    }
}
