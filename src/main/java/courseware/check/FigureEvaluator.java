package courseware.check;

import courseware.diag.Diagnostics;
import courseware.diag.Pos;
import courseware.engine.Limits;
import courseware.engine.objective.Objective;
import courseware.model.Figure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes what a {@link Figure} draws with the same evaluator, functions and names as the lesson's
 * {@code {{ }}} values: a figure never runs a computation of its own. A marked point is checked to
 * lie on its curve (the same function at the same inputs gives the same double). Every problem is
 * reported at the expression it comes from, and stops only this figure.
 */
final class FigureEvaluator {
    /** Points of f drawn by a descent figure (besides the marked ones). */
    static final int CURVE_SAMPLES = 401;
    /** Points per side of the grid a contour figure evaluates f on. */
    static final int GRID = 61;
    /** Most points one series may have. */
    static final long MAX_POINTS = Limits.MAX_RECORDED_POINTS;

    private final Map<String, Fn> functions;
    private final Map<String, Value> names;
    private final Set<String> failed;
    private final Diagnostics diagnostics;
    private final Evaluators evaluators;

    /** The lesson's evaluator over some names, for code written at a place (its calls are charged to the lesson's work there). */
    @FunctionalInterface
    interface Evaluators {
        Evaluator over(Map<String, Value> names, courseware.diag.Pos start);
    }

    FigureEvaluator(Map<String, Fn> functions, Map<String, Value> names, Set<String> failed, Diagnostics diagnostics,
            Evaluators evaluators) {
        this.functions = functions;
        this.names = names;
        this.failed = failed;
        this.diagnostics = diagnostics;
        this.evaluators = evaluators;
    }

    /** Thrown once a problem is reported (or an earlier one explains it): stops this figure. */
    private static final class Stop extends Exception {
        private static final long serialVersionUID = 1L;

        Stop() { super(null, null, false, false); }
    }

    Optional<FigureData> evaluate(Figure figure) {
        try {
            return Optional.of(switch (figure.kind()) {
                case SERIES, BAND -> series(figure);
                case DESCENT -> descent(figure);
                case CONTOUR -> contour(figure);
                case BARS -> bars(figure);
            });
        } catch (Stop stop) {
            return Optional.empty();
        }
    }

    // ---- kinds

    private FigureData series(Figure fig) throws Stop {
        List<FigureData.Curve> curves = new ArrayList<>();
        Figure.Axis xAxis = fig.x();
        long over0 = 0;
        if (xAxis.over() != null) {
            String var = xAxis.over();
            String taken = names.containsKey(var) || failed.contains(var) ? "a name of this lesson"
                    : functions.containsKey(var) ? "a function" : Set.of("pi", "e", "inf").contains(var) ? "a constant" : null;
            if (taken != null) throw fail(xAxis.overPos(), "'" + var + "' is already " + taken + "; 'over' needs a name of its own, such as step");
            long from = whole(xAxis.from(), "from");
            long to = whole(xAxis.to(), "to");
            range(from, to, xAxis.from(), xAxis.to());
            if (to - from + 1 > MAX_POINTS) {
                throw fail(xAxis.to().pos(), "a series over " + var + " has at most " + MAX_POINTS + " points; " + from + " to " + to + " is " + (to - from + 1));
            }
            over0 = from;
            double[] xs = new double[(int) (to - from + 1)];
            for (int k = 0; k < xs.length; k++) xs[k] = from + k;
            Map<String, Value> scope = new HashMap<>(names);
            for (int i = 0; i < fig.series().size(); i++) {
                Figure.Code code = fig.series().get(i).y();
                Expr expr = parse(code);
                double[] ys = new double[xs.length];
                for (int k = 0; k < xs.length; k++) ys[k] = at(expr, code, scope, var, xs[k]);
                curves.add(new FigureData.Curve(i, xs, ys, null));
            }
        } else {
            for (int i = 0; i < fig.series().size(); i++) {
                Figure.Series s = fig.series().get(i);
                double[] ys = vector(s.y(), "y");
                double[] xs = s.x() == null ? indices(ys.length) : vector(s.x(), "x");
                sameLength(s.x(), "x", xs.length, "y", ys.length);
                double[] std = null;
                if (fig.kind() == Figure.Kind.BAND) {
                    std = vector(s.std(), "std");
                    sameLength(s.std(), "std", std.length, "y", ys.length);
                    for (int k = 0; k < std.length; k++) {
                        if (std[k] < 0) throw fail(s.std().pos(), "'std' is a half-width and cannot be negative; " + s.std().text() + " is " + show(std[k]) + " at point " + k);
                    }
                }
                if (xs.length < 2) throw fail((s.x() == null ? s.y() : s.x()).pos(), "a series needs at least two points to draw; " + (s.x() == null ? s.y() : s.x()).text() + " has " + xs.length);
                curves.add(new FigureData.Curve(i, xs, ys, std));
            }
        }
        double[] xInclude = include(xAxis);
        if (xAxis.over() == null && xInclude.length == 2) range(xInclude[0], xInclude[1], xAxis.from(), xAxis.to());
        List<FigureData.Point> marks = new ArrayList<>();
        for (Figure.Mark m : fig.marks()) {
            int on = Math.max(0, m.on());
            FigureData.Curve curve = curves.get(on);
            double x = number(m.x(), "x");
            int k = xAxis.over() != null ? stepIndex(x, over0, curve, m, xAxis.over()) : pointIndex(x, curve, m, label(fig, on));
            marks.add(new FigureData.Point(x, onCurve(m, curve.y()[k], label(fig, on)), on));
        }
        FigureData data = new FigureData(xInclude, include(fig.y()), curves, marks, null);
        logScale(fig, data);
        return data;
    }

    private FigureData descent(Figure fig) throws Stop {
        Objective f = objective(fig.f(), 1, "a descent figure draws a function of x alone; use kind: contour for f(x, y)");
        double from = number(fig.x().from(), "from");
        double to = number(fig.x().to(), "to");
        range(from, to, fig.x().from(), fig.x().to());
        List<double[]> paths = new ArrayList<>();
        for (Figure.Series s : fig.series()) {
            double[] xs = path1(s.path());
            for (int k = 0; k < xs.length; k++) {
                if (xs[k] < from || xs[k] > to) {
                    throw fail(s.path().pos(), "the path leaves the drawn range [" + show(from) + ", " + show(to) + "]: after " + k
                            + " steps it is at x = " + show(xs[k]) + "; widen x's 'from' and 'to'");
                }
            }
            paths.add(xs);
        }
        double[] markX = new double[fig.marks().size()];
        for (int i = 0; i < markX.length; i++) {
            Figure.Mark m = fig.marks().get(i);
            markX[i] = number(m.x(), "x");
            if (markX[i] < from || markX[i] > to) throw fail(m.x().pos(), "the mark at x = " + show(markX[i]) + " lies outside the drawn range [" + show(from) + ", " + show(to) + "]");
        }
        // f on a uniform grid, plus the marked x, so each mark is a vertex of the drawn curve.
        TreeSet<Double> at = new TreeSet<>();
        for (int k = 0; k < CURVE_SAMPLES; k++) at.add(k == CURVE_SAMPLES - 1 ? to : from + (to - from) * k / (CURVE_SAMPLES - 1));
        for (int i = 0; i < markX.length; i++) if (fig.marks().get(i).on() < 0) at.add(markX[i]);
        double[] xs = at.stream().mapToDouble(Double::doubleValue).toArray();
        List<FigureData.Curve> curves = new ArrayList<>();
        curves.add(new FigureData.Curve(-1, xs, values(f, xs, fig.f()), null));
        for (int i = 0; i < paths.size(); i++) curves.add(new FigureData.Curve(i, paths.get(i), values(f, paths.get(i), fig.f()), null));
        List<FigureData.Point> marks = new ArrayList<>();
        for (int i = 0; i < markX.length; i++) {
            Figure.Mark m = fig.marks().get(i);
            int curve = m.on() + 1;
            if (m.on() >= 0) pointIndex(markX[i], curves.get(curve), m, label(fig, m.on()));
            marks.add(new FigureData.Point(markX[i], onCurve(m, f.valueAt(new double[] {markX[i]}), m.on() < 0 ? "f" : label(fig, m.on())), curve));
        }
        FigureData data = new FigureData(new double[] {from, to}, include(fig.y()), curves, marks, null);
        logScale(fig, data);
        return data;
    }

    private FigureData contour(Figure fig) throws Stop {
        Objective f = objective(fig.f(), 2, "");
        double x0 = number(fig.x().from(), "from"), x1 = number(fig.x().to(), "to");
        double y0 = number(fig.y().from(), "from"), y1 = number(fig.y().to(), "to");
        range(x0, x1, fig.x().from(), fig.x().to());
        range(y0, y1, fig.y().from(), fig.y().to());
        double[] xs = new double[GRID], ys = new double[GRID];
        for (int i = 0; i < GRID; i++) {
            xs[i] = i == GRID - 1 ? x1 : x0 + (x1 - x0) * i / (GRID - 1);
            ys[i] = i == GRID - 1 ? y1 : y0 + (y1 - y0) * i / (GRID - 1);
        }
        double[][] z = new double[GRID][GRID];
        for (int j = 0; j < GRID; j++) {
            for (int i = 0; i < GRID; i++) {
                z[j][i] = f.valueAt(new double[] {xs[i], ys[j]});
                if (!Double.isFinite(z[j][i])) {
                    throw fail(fig.f().pos(), "f is " + z[j][i] + " at (" + show(xs[i]) + ", " + show(ys[j]) + "); draw it over a range where it is finite");
                }
            }
        }
        List<FigureData.Curve> curves = new ArrayList<>();
        for (int i = 0; i < fig.series().size(); i++) {
            Figure.Series s = fig.series().get(i);
            double[][] p = s.path() != null ? path2(s.path()) : new double[][] {vector(s.x(), "x"), vector(s.y(), "y")};
            if (s.path() == null) sameLength(s.x(), "x", p[0].length, "y", p[1].length);
            Figure.Code where = s.path() != null ? s.path() : s.x();
            for (int k = 0; k < p[0].length; k++) {
                if (p[0][k] < x0 || p[0][k] > x1 || p[1][k] < y0 || p[1][k] > y1) {
                    throw fail(where.pos(), "the path leaves the drawn box: after " + k + " steps it is at (" + show(p[0][k]) + ", " + show(p[1][k])
                            + "); widen x and y, or draw fewer steps");
                }
            }
            curves.add(new FigureData.Curve(i, p[0], p[1], null));
        }
        List<FigureData.Point> marks = new ArrayList<>();
        for (Figure.Mark m : fig.marks()) {
            double x = number(m.x(), "x"), y = number(m.y(), "y");
            if (x < x0 || x > x1 || y < y0 || y > y1) throw fail(m.x().pos(), "the mark at (" + show(x) + ", " + show(y) + ") lies outside the drawn box");
            marks.add(new FigureData.Point(x, y, -1));
        }
        return new FigureData(new double[] {x0, x1}, new double[] {y0, y1}, curves, marks, new FigureData.Grid(xs, ys, z));
    }

    private FigureData bars(Figure fig) throws Stop {
        int n = fig.categories().size();
        List<FigureData.Curve> curves = new ArrayList<>();
        for (int i = 0; i < fig.series().size(); i++) {
            Figure.Series s = fig.series().get(i);
            double[] ys = vector(s.y(), "y");
            if (ys.length != n) {
                throw fail(s.y().pos(), "mismatched lengths: " + s.y().text() + " has " + ys.length + " values but there are " + n + " categories");
            }
            curves.add(new FigureData.Curve(i, indices(n), ys, null));
        }
        double[] y = include(fig.y());
        double[] withZero = Arrays.copyOf(y, y.length + 1);
        return new FigureData(new double[0], withZero, curves, List.of(), null);
    }

    // ---- pieces

    /** The value of {@code expr} with {@code var} bound to {@code x}: one number. */
    private double at(Expr expr, Figure.Code code, Map<String, Value> scope, String var, double x) throws Stop {
        scope.put(var, new Value.Num(x));
        Value v;
        try {
            v = evaluators.over(scope, code.pos()).eval(expr);
        } catch (ExprException e) {
            if (e.consequential()) throw new Stop();
            throw fail(shift(code.pos(), e.offset()), "at " + var + " = " + show(x) + ": " + e.getMessage());
        }
        if (v instanceof Value.Num n) return n.value();
        throw fail(code.pos(), "at " + var + " = " + show(x) + ", " + code.text() + " is " + v.kind() + "; a series over " + var + " needs one number per point");
    }

    /** The index of step {@code x} in a series over whole numbers from {@code from}. */
    private int stepIndex(double x, long from, FigureData.Curve curve, Figure.Mark m, String var) throws Stop {
        double last = from + curve.size() - 1;
        if (x != Math.rint(x) || x < from || x > last) {
            throw fail(m.x().pos(), "the mark at " + var + " = " + show(x) + " is not a point of the series: " + var + " runs through the whole numbers "
                    + from + " to " + show(last));
        }
        return (int) (x - from);
    }

    /** The index of the point of {@code curve} at {@code x} exactly. */
    private int pointIndex(double x, FigureData.Curve curve, Figure.Mark m, String label) throws Stop {
        for (int k = 0; k < curve.size(); k++) if (curve.x()[k] == x) return k;
        throw fail(m.x().pos(), "x = " + show(x) + " is not a point of '" + label + "' (its x values run from " + show(curve.x()[0]) + " to "
                + show(curve.x()[curve.size() - 1]) + "); a mark sits on a point of its curve");
    }

    /** The mark's y: the curve's value, which a written y must equal. */
    private double onCurve(Figure.Mark m, double curveY, String label) throws Stop {
        if (m.y() == null) return curveY;
        double y = number(m.y(), "y");
        double tolerance = 1e-9 * Math.max(Math.abs(y), Math.abs(curveY)) + Double.MIN_NORMAL;
        if (Math.abs(y - curveY) > tolerance) {
            throw fail(m.y().pos(), "the mark's y is " + show(y) + " but '" + label + "' there is " + show(curveY)
                    + "; a mark shows a point of its curve (leave out 'y' to take the curve's value)");
        }
        return y;
    }

    /** A log axis shows positive numbers only. */
    private void logScale(Figure fig, FigureData data) throws Stop {
        if (fig.y().scale() != Figure.Scale.LOG) return;
        for (FigureData.Curve c : data.curves()) {
            for (int k = 0; k < c.size(); k++) {
                if (c.y()[k] <= 0) {
                    Figure.Code where = c.series() < 0 ? fig.f() : fig.series().get(c.series()).y() != null ? fig.series().get(c.series()).y() : fig.series().get(c.series()).path();
                    throw fail(where.pos(), "a log scale shows positive values only, but " + (c.series() < 0 ? "f" : "'" + label(fig, c.series()) + "'")
                            + " is " + show(c.y()[k]) + " at x = " + show(c.x()[k]) + "; start the range later or use a linear scale");
                }
            }
        }
        for (double v : data.yInclude()) if (v <= 0) throw fail(fig.y().from().pos(), "a log scale shows positive values only; the y range includes " + show(v));
    }

    private Objective objective(Figure.Code code, int dimension, String tooMany) throws Stop {
        String text = code.text();
        int shift = 0;
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
            shift = 1;
        }
        Objective f;
        Value named = text.matches("[A-Za-z_][A-Za-z0-9_]*") ? names.get(text) : null;
        if (named instanceof Value.Fun fun) {
            f = fun.objective();
        } else if (failed.contains(text)) {
            throw new Stop();
        } else {
            try {
                f = Objectives.compile(named instanceof Value.Str s ? s.value() : text, names);
            } catch (ExprException e) {
                if (e.consequential()) throw new Stop();
                throw fail(shift(code.pos(), shift + e.offset()), e.getMessage());
            }
        }
        if (f.dimension() > dimension) throw fail(code.pos(), "f uses y: " + tooMany);
        return f;
    }

    private double[] values(Objective f, double[] xs, Figure.Code where) throws Stop {
        double[] ys = new double[xs.length];
        for (int k = 0; k < xs.length; k++) {
            ys[k] = f.valueAt(new double[] {xs[k]});
            if (!Double.isFinite(ys[k])) throw fail(where.pos(), "f is " + ys[k] + " at x = " + show(xs[k]) + "; draw it over a range where it is finite");
        }
        return ys;
    }

    /** Iterates of a descent in one variable: a vector, or a gd(...) result's path. */
    private double[] path1(Figure.Code code) throws Stop {
        Value v = value(code);
        if (v instanceof Value.Vec vec) return vec.values();
        if (v instanceof Value.Rec r && r.fields().get("path") instanceof Value.Vec vec) return vec.values();
        if (v instanceof Value.Rec r && r.fields().containsKey("path_x")) {
            throw fail(code.pos(), code.text() + " is a run in two variables; draw it in a contour figure");
        }
        throw fail(code.pos(), "'path' needs the iterates: " + code.text() + " is " + v.kind() + "; give a gd(...) result or a vector such as run.path");
    }

    /** A path in the plane: a gd(...) result in two variables. */
    private double[][] path2(Figure.Code code) throws Stop {
        Value v = value(code);
        if (v instanceof Value.Rec r && r.fields().get("path_x") instanceof Value.Vec px && r.fields().get("path_y") instanceof Value.Vec py) {
            return new double[][] {px.values(), py.values()};
        }
        throw fail(code.pos(), "'path' needs a gd(...) result in two variables (with path_x and path_y); " + code.text() + " is " + v.kind());
    }

    private double[] vector(Figure.Code code, String what) throws Stop {
        Value v = value(code);
        if (v instanceof Value.Vec vec) return vec.values();
        String hint = "give a vector such as run.path" + (what.equals("y") ? ", or vary a name with 'over' on the x axis" : "");
        if (v instanceof Value.Num n) {
            throw fail(code.pos(), "'" + what + "' needs a series, but " + code.text() + " is a single number (" + n.show() + "); " + hint);
        }
        if (v instanceof Value.Rec r) {
            List<String> vectors = r.fields().entrySet().stream().filter(e -> e.getValue() instanceof Value.Vec).map(e -> code.text() + "." + e.getKey()).toList();
            throw fail(code.pos(), "'" + what + "' needs a series, but " + code.text() + " is " + r.kind()
                    + (vectors.isEmpty() ? "; " + hint : "; pick a vector field: " + String.join(", ", vectors)));
        }
        throw fail(code.pos(), "'" + what + "' needs a series, but " + code.text() + " is " + v.kind() + "; " + hint);
    }

    private double number(Figure.Code code, String what) throws Stop {
        Value v = value(code);
        if (v instanceof Value.Num n && !Double.isFinite(n.value())) {
            // inf may be a given (a max-norm), but nothing is drawn at infinity
            throw fail(code.pos(), "'" + what + "' is a finite number, but " + code.text() + " is " + n.show());
        }
        if (v instanceof Value.Num n) return n.value();
        throw fail(code.pos(), "'" + what + "' is a number, but " + code.text() + " is " + v.kind());
    }

    private long whole(Figure.Code code, String what) throws Stop {
        double v = number(code, what);
        if (v != Math.rint(v) || Math.abs(v) > 1e15) throw fail(code.pos(), "'" + what + "' of an 'over' range is a whole number, got " + show(v));
        return (long) v;
    }

    private Value value(Figure.Code code) throws Stop {
        try {
            return evaluators.over(names, code.pos()).eval(parse(code));
        } catch (ExprException e) {
            if (e.consequential()) throw new Stop();
            throw fail(shift(code.pos(), e.offset()), e.getMessage());
        }
    }

    private Expr parse(Figure.Code code) throws Stop {
        try {
            return ExprParser.parse(code.text());
        } catch (ExprException e) {
            throw fail(shift(code.pos(), e.offset()), e.getMessage());
        }
    }

    /** An axis' from and to, which the drawn range must include. */
    private double[] include(Figure.Axis axis) throws Stop {
        List<Double> out = new ArrayList<>();
        if (axis.from() != null) out.add(number(axis.from(), "from"));
        if (axis.to() != null) out.add(number(axis.to(), "to"));
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private void range(double from, double to, Figure.Code fromCode, Figure.Code toCode) throws Stop {
        if (from > to) throw fail(fromCode.pos(), "empty range: 'from' (" + show(from) + ") is after 'to' (" + show(to) + ")");
        if (from == to) throw fail(toCode.pos(), "empty range: 'from' and 'to' are both " + show(from));
    }

    private void sameLength(Figure.Code code, String a, int na, String b, int nb) throws Stop {
        if (code != null && na != nb) throw fail(code.pos(), "mismatched lengths: '" + a + "' has " + na + " values but '" + b + "' has " + nb);
    }

    private static double[] indices(int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) out[i] = i;
        return out;
    }

    /** A series' label as written, for messages. */
    private static String label(Figure fig, int series) {
        return fig.series().get(series).label().render(ref -> "{{ " + ref.expression() + " }}").strip();
    }

    private static String show(double v) {
        return new Value.Num(v).show();
    }

    private Stop fail(Pos pos, String message) {
        diagnostics.error(pos, message);
        return new Stop();
    }

    /** Expressions in a figure sit on one line: an offset inside one is a column shift. */
    private static Pos shift(Pos start, int offset) {
        return start.source().pos(start.line(), start.col() + Math.max(0, offset));
    }
}
