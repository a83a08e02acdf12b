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

    static double std(double[] v, int ddof) {
        if (v.length - ddof <= 0) throw new IllegalArgumentException("need more than " + ddof + " values for ddof=" + ddof);
        double m = mean(v), s = 0;
        for (double x : v) s += (x - m) * (x - m);
        return StrictMath.sqrt(s / (v.length - ddof));
    }
}
