package courseware.check;

import static courseware.check.Fn.Kind.BOOL;
import static courseware.check.Fn.Kind.NUMBER;
import static courseware.check.Fn.Kind.TEXT;
import static courseware.check.Fn.Kind.VECTOR;
import static courseware.check.Fn.Kind.WHOLE;
import static courseware.check.Fn.Param.optional;
import static courseware.check.Fn.Param.required;
import static courseware.check.MathFunctions.add;
import static courseware.check.MathFunctions.num;

import courseware.engine.AdagradConfig;
import courseware.engine.AdamConfig;
import courseware.engine.BatchComparison;
import courseware.engine.BatchExperiment;
import courseware.engine.ClipResult;
import courseware.engine.Clipping;
import courseware.engine.Convention;
import courseware.engine.Descent;
import courseware.engine.DescentRun;
import courseware.engine.Expression;
import courseware.engine.ExperimentResult;
import courseware.engine.LabelSmoothing;
import courseware.engine.Limits;
import courseware.engine.MeanSquareRecursion;
import courseware.engine.Model;
import courseware.engine.Optimizer;
import courseware.engine.OptimizerSnapshot;
import courseware.engine.Optimizers;
import courseware.engine.RmsPropConfig;
import courseware.engine.Schedule;
import courseware.engine.Schedules;
import courseware.engine.SeedExperiment;
import courseware.engine.SgdBounds;
import courseware.engine.SgdConfig;
import courseware.engine.Summary;
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
        add(fns, new Fn("label_smooth", List.of(required("y", VECTOR), required("eps", NUMBER)),
                "label smoothing (1 - eps) y + eps / K of a target vector", a -> vec(LabelSmoothing.smooth(a.vec("y"), a.num("eps")))));
        add(fns, new Fn("sgd_bound", List.of(required("L", NUMBER), required("f0", NUMBER), required("f_star", NUMBER),
                required("K", WHOLE), required("sigma", NUMBER), required("B", WHOLE)),
                "non-convex SGD bound 2L(f0 - f*)/K + sigma^2/B (sigma, not sigma^2)",
                a -> num(SgdBounds.nonConvex(a.num("L"), a.num("f0"), a.num("f_star"), a.whole("K"), a.num("sigma"), a.whole("B")))));
    }

    private static void schedules(Map<String, Fn> fns) {
        schedule(fns, "constant_lr", "a constant rate", List.of(required("eta0", NUMBER)), a -> Schedules.constant(a.num("eta0")));
        schedule(fns, "step_decay", "eta0 * gamma^floor(step / step_size) (torch StepLR)",
                List.of(required("eta0", NUMBER), required("step_size", WHOLE), optional("gamma", NUMBER, num(0.1))),
                a -> Schedules.stepDecay(a.num("eta0"), a.whole("step_size"), a.num("gamma")));
        schedule(fns, "multi_step", "eta0 times gamma for each milestone passed (torch MultiStepLR)",
                List.of(required("eta0", NUMBER), required("milestones", VECTOR), optional("gamma", NUMBER, num(0.1))),
                a -> Schedules.multiStep(a.num("eta0"), a.num("gamma"), wholes(a.vec("milestones"))));
        schedule(fns, "exponential_decay", "eta0 * gamma^step (torch ExponentialLR)",
                List.of(required("eta0", NUMBER), required("gamma", NUMBER)), a -> Schedules.exponential(a.num("eta0"), a.num("gamma")));
        schedule(fns, "polynomial_decay", "from eta0 to end over total steps with the given power (optax polynomial_schedule)",
                List.of(required("eta0", NUMBER), required("total", WHOLE), optional("end", NUMBER, num(0)), optional("power", NUMBER, num(1))),
                a -> Schedules.polynomial(a.num("eta0"), a.num("end"), a.num("power"), a.whole("total")));
        schedule(fns, "linear_warmup", "linear from start to peak over warmup steps, then peak",
                List.of(required("start", NUMBER), required("peak", NUMBER), required("warmup", WHOLE)),
                a -> Schedules.linearWarmup(a.num("start"), a.num("peak"), a.whole("warmup")));
        schedule(fns, "cosine_decay", "eta0 * (1 + cos(pi step / total)) / 2, down to floor",
                List.of(required("eta0", NUMBER), required("total", WHOLE), optional("floor", NUMBER, num(0)), optional("convention", TEXT, TEXTBOOK)),
                a -> Schedules.cosineDecay(convention(a), a.num("eta0"), a.whole("total"), a.num("floor")));
        schedule(fns, "warmup_cosine", "linear warmup from start to peak, then cosine to end; total includes the warmup",
                List.of(required("start", NUMBER), required("peak", NUMBER), required("warmup", WHOLE), required("total", WHOLE),
                        optional("end", NUMBER, num(0)), optional("convention", TEXT, TEXTBOOK)),
                a -> Schedules.warmupCosine(convention(a), a.num("start"), a.num("peak"), a.whole("warmup"), a.whole("total"), a.num("end")));
        schedule(fns, "cosine_restarts", "cosine with warm restarts: cycles of t0, t0*t_mult, ... (torch CosineAnnealingWarmRestarts)",
                List.of(required("eta0", NUMBER), required("t0", WHOLE), optional("t_mult", WHOLE, num(1)), optional("min", NUMBER, num(0))),
                a -> Schedules.cosineWarmRestarts(a.num("eta0"), a.whole("t0"), a.whole("t_mult"), a.num("min")));
        schedule(fns, "one_cycle", "one-cycle: warm up to max_lr for pct_start of total, then anneal (cosine)",
                List.of(required("max_lr", NUMBER), required("total", WHOLE), optional("pct_start", NUMBER, num(0.3)),
                        optional("div_factor", NUMBER, num(25)), optional("final_div_factor", NUMBER, num(1e4)),
                        optional("convention", TEXT, TEXTBOOK)),
                a -> Schedules.oneCycle(convention(a), a.num("max_lr"), a.whole("total"), a.num("pct_start"),
                        a.num("div_factor"), a.num("final_div_factor")));
        schedule(fns, "inverse_sqrt", "eta0 / sqrt(step + 1)", List.of(required("eta0", NUMBER)), a -> Schedules.inverseSqrt(a.num("eta0")));
        schedule(fns, "inverse_sqrt_warmup", "transformers get_inverse_sqrt_schedule: linear warmup from 0 to peak, then peak * sqrt(warmup / step) (timescale 10000 when warmup is 0)",
                List.of(required("peak", NUMBER), required("warmup", WHOLE)),
                a -> Schedules.inverseSqrtWithWarmup(a.num("peak"), a.whole("warmup")));
    }

    /** Registers a schedule evaluated at {@code step}: the schedule's parameters, then step. */
    private static void schedule(Map<String, Fn> fns, String name, String doc, List<Fn.Param> params, Function<Fn.Args, Schedule> make) {
        List<Fn.Param> all = new java.util.ArrayList<>(params);
        all.add(params.stream().anyMatch(p -> p.defaultValue() != null) ? indexOfFirstOptional(params) : params.size(), required("step", WHOLE));
        add(fns, new Fn(name, List.copyOf(all), doc + ", at a 0-based step", a -> num(make.apply(a).checkedAt(a.whole("step")))));
    }

    private static int indexOfFirstOptional(List<Fn.Param> params) {
        for (int i = 0; i < params.size(); i++) if (params.get(i).defaultValue() != null) return i;
        return params.size();
    }

    private static void clipping(Map<String, Fn> fns) {
        add(fns, new Fn("clip_norm", List.of(required("g", VECTOR), required("max_norm", NUMBER), optional("p", NUMBER, num(2)),
                optional("convention", TEXT, TEXTBOOK)),
                "clip by global p-norm; fields vector, norm (before), scale, clipped",
                a -> clip(Clipping.byNorm(a.vec("g"), a.num("max_norm"), a.num("p"), convention(a)))));
        add(fns, new Fn("clip_value", List.of(required("g", VECTOR), required("limit", NUMBER)),
                "clamp each component to [-limit, limit]; fields vector, norm, scale, clipped",
                a -> clip(Clipping.byValue(a.vec("g"), a.num("limit")))));
    }

    private static Value clip(ClipResult r) {
        r.requireFinite();
        return rec("clipping", "vector", vec(r.gradient()), "norm", num(r.normBefore()), "scale", num(r.scale()),
                "clipped", new Value.Bool(r.clipped()));
    }

    private static void descent(Map<String, Fn> fns) {
        add(fns, new Fn("f", List.of(required("expr", TEXT), required("at", Fn.Kind.ANY)),
                "value of an objective such as \"sin(x) + 0.2*x\" at a number or a point (x, y)",
                a -> num(objective(a).valueAt(point(a.any("at"))))).withCost(a -> objective(a).size()));
        add(fns, new Fn("grad", List.of(required("expr", TEXT), required("at", Fn.Kind.ANY)),
                "exact gradient (automatic differentiation); a number in one variable, a vector in two",
                a -> point(objective(a).gradientAt(point(a.any("at"))))).withCost(a -> objective(a).size()));
        add(fns, new Fn("gd", List.of(required("expr", TEXT), required("x0", Fn.Kind.ANY), required("lr", NUMBER), required("steps", WHOLE)),
                "gradient descent x <- x - lr * grad f(x); fields x (final, number or vector), value, gradient, steps, and path (x after each step, one variable)",
                a -> run(Descent.run(objective(a), point(a.any("x0")), a.num("lr"), a.whole("steps")))).withCost(EngineFunctions::runCost));
        add(fns, new Fn("noisy_gd", List.of(required("expr", TEXT), required("x0", Fn.Kind.ANY), required("lr", NUMBER),
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

    private static Expression objective(Fn.Args a) {
        return Expression.parse(a.text("expr"));
    }

    private static Value run(DescentRun r) {
        r.requireFinite();
        Value.Rec result = (Value.Rec) rec("descent", "x", point(r.finalPoint()), "value", num(r.finalValue()),
                "gradient", point(r.finalGradient()), "steps", num(r.iterations()));
        if (r.finalPoint().length != 1 || r.recordEvery() != 1) return result;
        // One variable, every point recorded: path[k] is x after k steps (path[0] the start).
        double[][] trajectory = r.trajectory();
        double[] path = new double[trajectory.length];
        for (int k = 0; k < path.length; k++) path[k] = trajectory[k][0];
        Map<String, Value> fields = new LinkedHashMap<>(result.fields());
        fields.put("path", vec(path));
        return new Value.Rec(result.type(), fields);
    }

    private static void optimizers(Map<String, Fn> fns) {
        optimizer(fns, "sgd", "SGD with momentum, dampening, Nesterov and weight decay; fields x, step, momentum_buffer",
                List.of(optional("momentum", NUMBER, num(0)), optional("dampening", NUMBER, num(0)),
                        optional("nesterov", BOOL, new Value.Bool(false)), optional("weight_decay", NUMBER, num(0)),
                        optional("convention", TEXT, TEXTBOOK)),
                (a, x0) -> Optimizers.sgd(SgdConfig.of(a.num("lr")).withMomentum(a.num("momentum"))
                        .withDampening(a.num("dampening")).withNesterov(a.bool("nesterov")).withWeightDecay(a.num("weight_decay"))
                        .withConvention(convention(a)), x0));
        optimizer(fns, "adam", "Adam / AdamW (decoupled=true) / AMSGrad; fields x, step, m, v",
                List.of(optional("beta1", NUMBER, num(0.9)), optional("beta2", NUMBER, num(0.999)),
                        optional("eps", NUMBER, num(1e-8)), optional("weight_decay", NUMBER, num(0)),
                        optional("decoupled", BOOL, new Value.Bool(false)), optional("amsgrad", BOOL, new Value.Bool(false)),
                        optional("convention", TEXT, TEXTBOOK)),
                (a, x0) -> Optimizers.adam(AdamConfig.of(a.num("lr")).withBetas(a.num("beta1"), a.num("beta2"))
                        .withEps(a.num("eps")).withWeightDecay(a.num("weight_decay")).withDecoupledWeightDecay(a.bool("decoupled"))
                        .withAmsgrad(a.bool("amsgrad")).withConvention(convention(a)), x0));
        optimizer(fns, "rmsprop", "RMSProp (centered, momentum; convention \"optax\" takes optax's defaults unless given); fields x, step, square_avg",
                List.of(optional("alpha", NUMBER, num(0.99)), optional("eps", NUMBER, num(1e-8)),
                        optional("momentum", NUMBER, num(0)), optional("centered", BOOL, new Value.Bool(false)),
                        optional("convention", TEXT, TEXTBOOK)),
                (a, x0) -> {
                    // optax's defaults differ (decay 0.9, eps 1e-8 inside the root): start from them.
                    boolean optax = convention(a) == Convention.OPTAX;
                    RmsPropConfig c = optax ? RmsPropConfig.optax(a.num("lr")) : RmsPropConfig.of(a.num("lr")).withConvention(convention(a));
                    if (!optax || a.given("alpha")) c = c.withAlpha(a.num("alpha"));
                    if (!optax || a.given("eps")) c = c.withEps(a.num("eps"));
                    return Optimizers.rmsProp(c.withMomentum(a.num("momentum")).withCentered(a.bool("centered")), x0);
                });
        optimizer(fns, "adagrad", "AdaGrad (convention \"optax\" starts the sum at 0.1, eps 1e-7); fields x, step, sum",
                List.of(optional("eps", NUMBER, num(1e-10)), optional("convention", TEXT, TEXTBOOK)),
                (a, x0) -> {
                    // optax starts the sum at 0.1 with eps 1e-7: start from its defaults.
                    boolean optax = convention(a) == Convention.OPTAX;
                    AdagradConfig c = optax ? AdagradConfig.optax(a.num("lr")) : AdagradConfig.of(a.num("lr")).withConvention(convention(a));
                    if (!optax || a.given("eps")) c = c.withEps(a.num("eps"));
                    return Optimizers.adagrad(c, x0);
                });
    }

    /**
     * Two forms per optimizer: {@code NAME_run(expr, x0, lr, steps, ...)} follows the gradient of an
     * objective; {@code NAME_steps(grads, x0, lr, ...)} feeds given gradients to a scalar parameter,
     * one per step ("after 3 steps, m = ...").
     */
    private static void optimizer(Map<String, Fn> fns, String name, String doc, List<Fn.Param> options,
            java.util.function.BiFunction<Fn.Args, double[], Optimizer> make) {
        List<Fn.Param> run = new java.util.ArrayList<>(List.of(required("expr", TEXT), required("x0", Fn.Kind.ANY),
                required("lr", NUMBER), required("steps", WHOLE)));
        run.addAll(options);
        add(fns, new Fn(name + "_run", List.copyOf(run), doc + ", and value; on an objective", a -> {
            Expression f = objective(a);
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
        add(fns, new Fn("batch_experiment", List.of(required("model", TEXT), required("rows", WHOLE), required("weights", VECTOR),
                required("lr", NUMBER), required("epochs", WHOLE), required("batch", WHOLE), required("seeds", WHOLE),
                optional("noise", NUMBER, num(0.1)), optional("seed", WHOLE, num(0))),
                "full-batch GD versus mini-batch SGD on a generated dataset (model \"linear\" or \"logistic\"), final training loss over seeds; "
                        + "fields full_mean, full_std, mini_mean, mini_std",
                a -> {
                    BatchComparison c = BatchExperiment.run(model(a.text("model")), a.count("rows"), a.vec("weights"), a.num("noise"),
                            a.num("lr"), a.count("epochs"), a.count("batch"), a.count("seeds"), a.whole("seed")).requireFinite();
                    return rec("batch experiment", "full_mean", num(c.fullBatch().summary().mean()), "full_std", num(c.fullBatch().summary().std()),
                            "mini_mean", num(c.miniBatch().summary().mean()), "mini_std", num(c.miniBatch().summary().std()));
                }).withCost(a -> {
                    // The engine's own count (4 x seeds x epochs x rows x features); a logistic model also takes an exp per row.
                    double work = 4.0 * Math.max(0, a.whole("seeds")) * Math.max(1, a.whole("epochs")) * Math.max(0, a.whole("rows"))
                            * a.vec("weights").length;
                    return (a.text("model").equalsIgnoreCase("logistic") ? 2 : 1) * (long) Math.min(work, Limits.MAX_EXPERIMENT_WORK);
                }));
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
