package courseware.check;

import static courseware.check.Fn.Kind.NUMBER;
import static courseware.check.Fn.Kind.VECTOR;
import static courseware.check.Fn.Param.optional;
import static courseware.check.Fn.Param.required;

import courseware.engine.objective.MathFunction;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Arithmetic helpers: the usual functions of one number, and vector statistics. */
final class MathFunctions {
    private MathFunctions() {}

    static void register(Map<String, Fn> fns) {
        // The functions of one number come from the engine's one table (StrictMath), which objectives use too.
        for (MathFunction f : MathFunction.values()) {
            add(fns, new Fn(f.symbol(), List.of(required("x", NUMBER)), f.doc(), a -> num(f.apply(a.num("x")))));
        }
        add(fns, new Fn("atan2", List.of(required("y", NUMBER), required("x", NUMBER)), "angle of (x, y) in radians",
                a -> num(StrictMath.atan2(a.num("y"), a.num("x")))));
        add(fns, new Fn("min", List.of(required("a", NUMBER), required("b", NUMBER)), "smaller of two numbers",
                a -> num(Math.min(a.num("a"), a.num("b")))));
        add(fns, new Fn("max", List.of(required("a", NUMBER), required("b", NUMBER)), "larger of two numbers",
                a -> num(Math.max(a.num("a"), a.num("b")))));
        add(fns, new Fn("round", List.of(required("x", NUMBER), optional("digits", Fn.Kind.WHOLE, num(0))),
                "x rounded half away from zero to a number of decimals", a -> {
                    java.math.BigDecimal d = new java.math.BigDecimal(a.num("x"))
                            .setScale(Math.min(a.count("digits"), 400), java.math.RoundingMode.HALF_UP);
                    return num(d.doubleValue());
                }));
        add(fns, new Fn("norm", List.of(required("v", VECTOR), optional("p", NUMBER, num(2))),
                "p-norm of a vector (p = inf for the largest magnitude)", a -> num(pNorm(a.vec("v"), a.num("p")))));
        add(fns, new Fn("dot", List.of(required("a", VECTOR), required("b", VECTOR)), "dot product", a -> {
            double[] x = a.vec("a"), y = a.vec("b");
            if (x.length != y.length) throw new IllegalArgumentException("vectors of different lengths");
            double s = 0;
            for (int i = 0; i < x.length; i++) s += x[i] * y[i];
            return num(s);
        }));
        add(fns, new Fn("sum", List.of(required("v", VECTOR)), "sum of the components", a -> num(Arrays.stream(a.vec("v")).sum())));
        add(fns, new Fn("mean", List.of(required("v", VECTOR)), "arithmetic mean", a -> num(mean(a.vec("v")))));
        add(fns, new Fn("std", List.of(required("v", VECTOR), optional("ddof", Fn.Kind.WHOLE, num(1))),
                "standard deviation; ddof=1 (default) is the sample estimator with n-1, ddof=0 the population one",
                a -> num(std(a.vec("v"), a.count("ddof")))));
        add(fns, new Fn("len", List.of(required("v", VECTOR)), "number of components", a -> num(a.vec("v").length)));
        // IEEE 754 at work, for lessons on floating point: Java's (float) narrowing is the standard's round to nearest,
        // ties to even (JLS 5.1.3), and Math.ulp is the unit in the last place.
        add(fns, new Fn("f32", List.of(required("x", NUMBER)),
                "x rounded to the nearest float32 (IEEE 754 binary32, ties to even, as Java's (float)); f32(a + b) of float32 values"
                        + " a, b is their float32 sum (rounding twice is harmless for + - * / as 53 >= 2*24 + 2)",
                a -> num((float) a.num("x"))));
        add(fns, new Fn("ulp", List.of(required("x", NUMBER)),
                "unit in the last place of the double x: the gap from |x| to the next larger double (Math.ulp); ulp(1) = 2^-52",
                a -> num(Math.ulp(a.num("x")))));
        add(fns, new Fn("ulp32", List.of(required("x", NUMBER)),
                "unit in the last place of the float32 nearest x (Math.ulp(float)); ulp32(1) = 2^-23",
                a -> num(Math.ulp((float) a.num("x")))));
        add(fns, new Fn("logsumexp", List.of(required("v", VECTOR)),
                "log(sum(exp(v))) computed as m + log(sum(exp(v - m))) with m = max(v), finite where exp overflows"
                        + " (scipy.special.logsumexp)",
                a -> num(logSumExp(a.vec("v")))));
    }

    static Value.Num num(double v) { return new Value.Num(v); }

    static void add(Map<String, Fn> fns, Fn fn) {
        if (fns.put(fn.name(), fn) != null) throw new IllegalStateException("function registered twice: " + fn.name());
    }

    static double pNorm(double[] v, double p) {
        if (Double.isInfinite(p)) return Arrays.stream(v).map(Math::abs).max().orElse(0);
        if (p <= 0) throw new IllegalArgumentException("p must be > 0, got " + p);
        double s = 0;
        for (double x : v) s += StrictMath.pow(Math.abs(x), p);
        return StrictMath.pow(s, 1 / p);
    }

    static double mean(double[] v) {
        if (v.length == 0) throw new IllegalArgumentException("mean of an empty vector");
        return Arrays.stream(v).sum() / v.length;
    }

    /** Shifting by the largest entry keeps every exp in (0, 1], so nothing overflows and the largest term is exact. */
    static double logSumExp(double[] v) {
        if (v.length == 0) throw new IllegalArgumentException("logsumexp of an empty vector");
        double m = Arrays.stream(v).max().getAsDouble();
        double s = 0;
        for (double x : v) s += StrictMath.exp(x - m);
        return m + StrictMath.log(s);
    }

    static double std(double[] v, int ddof) {
        if (v.length - ddof <= 0) throw new IllegalArgumentException("need more than " + ddof + " values for ddof=" + ddof);
        double m = mean(v), s = 0;
        for (double x : v) s += (x - m) * (x - m);
        return StrictMath.sqrt(s / (v.length - ddof));
    }
}
