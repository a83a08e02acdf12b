package courseware.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import courseware.diag.Suggest;

/**
 * Evaluates check expressions against the lesson's names and the engine's functions. Every
 * failure (unknown name or function, wrong argument, engine refusal, NaN) is an
 * {@link ExprException} at the offending offset, never a stray exception.
 */
final class Evaluator {
    private final Map<String, Fn> functions;
    private final Map<String, Value> names;
    private final Set<String> failed;
    private final Budget budget;

    /** Where each call's estimated work is charged before it runs; a refusal is the call's error. */
    @FunctionalInterface
    interface Budget {
        Budget UNLIMITED = (function, units, offset) -> {};

        void charge(String function, long units, int offset) throws ExprException;
    }

    Evaluator(Map<String, Fn> functions, Map<String, Value> names) {
        this(functions, names, Set.of(), Budget.UNLIMITED);
    }

    /** {@code failed}: declared names whose own computation failed (reported there, not again). */
    Evaluator(Map<String, Fn> functions, Map<String, Value> names, Set<String> failed, Budget budget) {
        this.functions = functions;
        this.names = names;
        this.failed = failed;
        this.budget = budget;
    }

    Value eval(Expr e) throws ExprException {
        Value v;
        if (e instanceof Expr.Literal l) v = l.value();
        else if (e instanceof Expr.Name n) v = name(n);
        else if (e instanceof Expr.VecOf vec) v = vector(vec);
        else if (e instanceof Expr.Unary u) v = negate(eval(u.operand()), u.at());
        else if (e instanceof Expr.Binary b) v = binary(b);
        else if (e instanceof Expr.Field f) v = field(f);
        else if (e instanceof Expr.Index i) v = index(i);
        else v = call((Expr.Call) e);
        // A name's value was checked where it was bound; an infinity written as such (a max-norm of inf) is meant.
        if (!(e instanceof Expr.Name) && !isInfinity(e)) requireFinite(v, e.at());
        return v;
    }

    /**
     * {@code inf} or {@code -inf} as written: the one way a non-finite number enters a lesson, as a given or an
     * argument (functions that cannot take it say so); any result computed from it must again be finite.
     */
    static boolean isInfinity(Expr e) {
        while (e instanceof Expr.Unary u && u.op() == '-') e = u.operand();
        return e instanceof Expr.Name n && n.name().equals("inf");
    }

    private Value name(Expr.Name n) throws ExprException {
        Value v = names.get(n.name());
        if (v != null) return v;
        if (failed.contains(n.name())) throw ExprException.consequential(n.name(), n.at());
        if (n.name().equals("pi")) return new Value.Num(Math.PI);
        if (n.name().equals("e")) return new Value.Num(Math.E);
        if (n.name().equals("inf")) return new Value.Num(Double.POSITIVE_INFINITY);
        Set<String> known = new HashSet<>(names.keySet());
        throw new ExprException("unknown name '" + n.name() + "'" + Suggest.hint(n.name(), known)
                + (functions.containsKey(n.name()) ? "; '" + n.name() + "' is a function: call it with (...)" : "")
                + "; declare it in a compute block before it is used", n.at());
    }

    private Value vector(Expr.VecOf v) throws ExprException {
        double[] out = new double[v.items().size()];
        for (int i = 0; i < out.length; i++) out[i] = number(eval(v.items().get(i)), v.items().get(i).at(), "a vector component");
        return new Value.Vec(out);
    }

    private Value negate(Value v, int at) throws ExprException {
        if (v instanceof Value.Num n) return new Value.Num(-n.value());
        if (v instanceof Value.Vec vec) {
            double[] out = vec.values().clone();
            for (int i = 0; i < out.length; i++) out[i] = -out[i];
            return new Value.Vec(out);
        }
        throw new ExprException("cannot negate " + v.kind(), at);
    }

    private Value binary(Expr.Binary b) throws ExprException {
        Value l = eval(b.left());
        Value r = eval(b.right());
        if (l instanceof Value.Num x && r instanceof Value.Num y) {
            double a = x.value(), c = y.value();
            return switch (b.op()) {
                case "+" -> new Value.Num(a + c);
                case "-" -> new Value.Num(a - c);
                case "*" -> new Value.Num(a * c);
                case "/" -> {
                    if (c == 0) throw new ExprException("division by zero", b.at());
                    yield new Value.Num(a / c);
                }
                case "^" -> new Value.Num(StrictMath.pow(a, c));
                case "<" -> new Value.Bool(a < c);
                case ">" -> new Value.Bool(a > c);
                case "<=" -> new Value.Bool(a <= c);
                case ">=" -> new Value.Bool(a >= c);
                case "==" -> new Value.Bool(a == c);
                case "!=" -> new Value.Bool(a != c);
                default -> throw new ExprException("unknown operator " + b.op(), b.at());
            };
        }
        if (b.op().equals("==") || b.op().equals("!=")) return new Value.Bool(same(l, r) == b.op().equals("=="));
        if (l instanceof Value.Vec || r instanceof Value.Vec) return vectorArithmetic(b, l, r);
        throw new ExprException("'" + b.op() + "' does not apply to " + l.kind() + " and " + r.kind(), b.at());
    }

    /** Equality as numbers compare: element-wise for vectors, so -0 equals 0. */
    private static boolean same(Value l, Value r) {
        if (l instanceof Value.Vec x && r instanceof Value.Vec y) {
            if (x.values().length != y.values().length) return false;
            for (int i = 0; i < x.values().length; i++) if (x.values()[i] != y.values()[i]) return false;
            return true;
        }
        return l.equals(r);
    }

    /** Element-wise + and -, scalar * and /, as in numpy. */
    private static Value vectorArithmetic(Expr.Binary b, Value l, Value r) throws ExprException {
        if (l instanceof Value.Vec x && r instanceof Value.Vec y && (b.op().equals("+") || b.op().equals("-"))) {
            if (x.values().length != y.values().length) {
                throw new ExprException("vectors of different lengths (" + x.values().length + " and " + y.values().length + ")", b.at());
            }
            double[] out = new double[x.values().length];
            for (int i = 0; i < out.length; i++) out[i] = b.op().equals("+") ? x.values()[i] + y.values()[i] : x.values()[i] - y.values()[i];
            return new Value.Vec(out);
        }
        if (l instanceof Value.Vec x && r instanceof Value.Num s && (b.op().equals("*") || b.op().equals("/"))) {
            if (b.op().equals("/") && s.value() == 0) throw new ExprException("division by zero", b.at());
            double[] out = x.values().clone();
            for (int i = 0; i < out.length; i++) out[i] = b.op().equals("*") ? out[i] * s.value() : out[i] / s.value();
            return new Value.Vec(out);
        }
        if (l instanceof Value.Num s && r instanceof Value.Vec x && b.op().equals("*")) {
            double[] out = x.values().clone();
            for (int i = 0; i < out.length; i++) out[i] *= s.value();
            return new Value.Vec(out);
        }
        throw new ExprException("'" + b.op() + "' does not apply to " + l.kind() + " and " + r.kind(), b.at());
    }

    private Value field(Expr.Field f) throws ExprException {
        Value target = eval(f.target());
        if (target instanceof Value.Rec rec) {
            Value v = rec.fields().get(f.field());
            if (v != null) return v;
            throw new ExprException("no field '" + f.field() + "'" + Suggest.hint(f.field(), rec.fields().keySet())
                    + " in " + target.kind(), f.at() + 1);
        }
        throw new ExprException("'." + f.field() + "' needs a result with fields, not " + target.kind(), f.at());
    }

    private Value index(Expr.Index i) throws ExprException {
        Value target = eval(i.target());
        double at = number(eval(i.index()), i.index().at(), "an index");
        if (!(target instanceof Value.Vec v)) throw new ExprException("only vectors can be indexed, not " + target.kind(), i.at());
        if (at != Math.rint(at) || at < 0 || at >= v.values().length) {
            throw new ExprException("index " + new Value.Num(at).show() + " is outside 0.." + (v.values().length - 1)
                    + " (indexes start at 0)", i.index().at());
        }
        return new Value.Num(v.values()[(int) at]);
    }

    private Value call(Expr.Call c) throws ExprException {
        Fn fn = functions.get(c.function());
        if (fn == null) {
            throw new ExprException("unknown function '" + c.function() + "'" + Suggest.hint(c.function(), functions.keySet())
                    + " (the functions are listed in docs/engine.md)", c.at());
        }
        Map<String, Value> bound = new LinkedHashMap<>();
        Set<String> explicit = new HashSet<>();
        List<Fn.Param> params = fn.params();
        int positional = 0;
        boolean sawNamed = false;
        for (Expr.Arg arg : c.args()) {
            Fn.Param p;
            if (arg.name() == null) {
                if (sawNamed) throw new ExprException("a positional argument cannot follow a named one", arg.at());
                if (positional >= params.size()) {
                    throw new ExprException(fn.name() + " takes at most " + params.size() + " arguments: " + signature(fn), arg.at());
                }
                p = params.get(positional++);
            } else {
                sawNamed = true;
                p = params.stream().filter(q -> q.name().equals(arg.name())).findFirst().orElse(null);
                if (p == null) {
                    throw new ExprException(fn.name() + " has no parameter '" + arg.name() + "'"
                            + Suggest.hint(arg.name(), params.stream().map(Fn.Param::name).toList()) + ": " + signature(fn), arg.at());
                }
            }
            if (bound.containsKey(p.name())) throw new ExprException("'" + p.name() + "' is given twice", arg.at());
            Value value = p.kind() == Fn.Kind.OBJECTIVE ? objective(arg.value(), fn, p)
                    : p.kind() == Fn.Kind.STEP ? step(arg.value(), fn, p)
                    : convert(eval(arg.value()), p, fn, arg.value().at());
            bound.put(p.name(), value);
            explicit.add(p.name());
        }
        for (Fn.Param p : params) {
            if (!bound.containsKey(p.name())) {
                if (p.defaultValue() == null) {
                    throw new ExprException(fn.name() + " needs '" + p.name() + "': " + signature(fn), c.at());
                }
                bound.put(p.name(), p.defaultValue());
            }
        }
        try {
            Fn.Args args = new Fn.Args(bound, explicit);
            budget.charge(fn.name(), fn.cost().of(args), c.at());
            return fn.body().apply(args);
        } catch (InStep e) {
            throw e.problem;
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new ExprException(fn.name() + ": " + e.getMessage(), c.at());
        }
    }

    /**
     * A step argument: text in quotes, parsed once here (so a mistake in it is at its own column) and
     * evaluated per step with {@code s} and {@code k} added to the lesson's names.
     */
    private Value step(Expr arg, Fn fn, Fn.Param p) throws ExprException {
        if (!(arg instanceof Expr.Literal l && l.value() instanceof Value.Str text)) {
            throw new ExprException(fn.name() + ": '" + p.name() + "' must be " + p.kind().description, arg.at());
        }
        int base = arg.at() + 1;
        Expr body;
        try {
            body = ExprParser.parse(text.value());
        } catch (ExprException e) {
            throw new ExprException(e.getMessage(), base + e.offset());
        }
        return new Value.Step(text.value().strip(), (state, k) -> {
            Map<String, Value> scope = new java.util.HashMap<>(names);
            scope.put("s", state);
            scope.put("k", new Value.Num(k));
            try {
                return new Evaluator(functions, scope, failed, budget).eval(body);
            } catch (ExprException e) {
                throw new InStep(new ExprException("at step k = " + k + ": " + e.getMessage(), base + e.offset()));
            }
        });
    }

    /** Carries a problem inside a step out through the function body that runs the steps. */
    private static final class InStep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ExprException problem;

        InStep(ExprException problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }

    private static Value convert(Value v, Fn.Param p, Fn fn, int at) throws ExprException {
        // A lone number where a vector is expected is a vector of one: "(0.02)" is just 0.02.
        if (p.kind() == Fn.Kind.VECTOR && v instanceof Value.Num n) return new Value.Vec(new double[] {n.value()});
        boolean ok = switch (p.kind()) {
            case NUMBER -> v instanceof Value.Num;
            case WHOLE -> v instanceof Value.Num n && n.value() == Math.rint(n.value()) && Math.abs(n.value()) < 1e15;
            case VECTOR -> v instanceof Value.Vec;
            case TEXT -> v instanceof Value.Str;
            case BOOL -> v instanceof Value.Bool;
            case OBJECTIVE -> v instanceof Value.Fun;
            case STEP -> v instanceof Value.Step;
            case ANY -> true;
        };
        if (!ok) {
            throw new ExprException(fn.name() + ": '" + p.name() + "' must be " + p.kind().description + ", got " + v.kind()
                    + (v instanceof Value.Num n ? " " + n.show() : ""), at);
        }
        return v;
    }

    /**
     * An objective argument: text in quotes is compiled in place, so a problem inside it is reported
     * at its own column of the author's line; an objective value (or text held by a name) is used as is.
     */
    private Value objective(Expr arg, Fn fn, Fn.Param p) throws ExprException {
        if (arg instanceof Expr.Literal l && l.value() instanceof Value.Str text) {
            try {
                return new Value.Fun(Objectives.compile(text.value(), names));
            } catch (ExprException e) {
                throw new ExprException(e.getMessage(), arg.at() + 1 + e.offset());
            }
        }
        Value v = eval(arg);
        if (v instanceof Value.Fun) return v;
        if (v instanceof Value.Str text) return new Value.Fun(Objectives.compile(text.value(), names));
        throw new ExprException(fn.name() + ": '" + p.name() + "' must be " + p.kind().description + ", got " + v.kind(), arg.at());
    }

    static String signature(Fn fn) {
        List<String> parts = new ArrayList<>();
        for (Fn.Param p : fn.params()) parts.add(p.defaultValue() == null ? p.name() : p.name() + "=" + written(p.defaultValue()));
        return fn.name() + "(" + String.join(", ", parts) + ")";
    }

    /** A default as an author would write it: "textbook", 1e-8, 0.9. */
    private static String written(Value v) {
        if (v instanceof Value.Str s) return "\"" + s.value() + "\"";
        if (v instanceof Value.Num n && n.value() != 0 && (Math.abs(n.value()) < 1e-3 || Math.abs(n.value()) >= 1e5)) {
            return java.math.BigDecimal.valueOf(n.value()).stripTrailingZeros().toString().replace("E+", "e").replace("E", "e");
        }
        return v.show();
    }

    private static double number(Value v, int at, String what) throws ExprException {
        if (v instanceof Value.Num n) return n.value();
        throw new ExprException(what + " must be a number, got " + v.kind(), at);
    }

    /** NaN and infinity are reported where they arise, never compared as if they were numbers. */
    private static void requireFinite(Value v, int at) throws ExprException {
        if (v instanceof Value.Num n && !Double.isFinite(n.value())) {
            throw new ExprException("the result is " + n.show() + " (not a finite number)", at);
        }
        if (v instanceof Value.Vec vec) {
            for (double d : vec.values()) {
                if (!Double.isFinite(d)) throw new ExprException("the result " + vec.show() + " is not finite", at);
            }
        }
    }
}
