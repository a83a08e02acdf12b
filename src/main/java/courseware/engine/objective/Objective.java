package courseware.engine.objective;

import courseware.engine.Check;

/**
 * A differentiable objective in x, or in x and y: what descent and the optimizers follow. Its body
 * is evaluated on {@link Dual} numbers, so every evaluation also yields the exact gradient (forward
 * mode, not finite differences). The engine does not parse text: the lesson language builds
 * objectives (see {@code check.Objectives}), tests build them from Dual arithmetic directly.
 */
public final class Objective {
    /** f(x, y) on dual numbers; an objective in x alone ignores y. */
    @FunctionalInterface
    public interface Body {
        Dual at(Dual x, Dual y);
    }

    private final String text;
    private final int dimension;
    private final int size;
    private final Body body;

    private Objective(String text, int dimension, int size, Body body) {
        this.text = text;
        this.dimension = dimension;
        this.size = size;
        this.body = body;
    }

    /**
     * @param text      how the author wrote it, for messages
     * @param dimension 0 for a constant, 1 if only x appears, 2 if y appears
     */
    public static Objective of(String text, int dimension, Body body) {
        return of(text, dimension, 1, body);
    }

    /** @param size operations of the body (nodes of its expression): the work of one evaluation, for budgets */
    public static Objective of(String text, int dimension, int size, Body body) {
        Check.notNull("objective", "body", body);
        if (dimension < 0 || dimension > 2) throw new IllegalArgumentException("objective: dimension must be 0, 1 or 2, got " + dimension);
        return new Objective(text, dimension, Math.max(1, size), body);
    }

    /** Operations of one evaluation (value and gradient together visit each once). */
    public int size() {
        return size;
    }

    public String text() {
        return text;
    }

    /** 0 for a constant, 1 if only x appears, 2 if y appears. */
    public int dimension() {
        return dimension;
    }

    /** Value at a point of 1 or 2 coordinates (x, or x and y). */
    public double valueAt(double[] point) {
        checkPoint(point);
        return body.at(Dual.constant(point[0]), Dual.constant(point.length > 1 ? point[1] : 0)).v();
    }

    /** Gradient at a point of 1 or 2 coordinates, with as many components as the point. */
    public double[] gradientAt(double[] point) {
        double[] vg = valueAndGradient(point);
        return java.util.Arrays.copyOfRange(vg, 1, vg.length);
    }

    /** [value, df/dx] or [value, df/dx, df/dy] at a point, from one dual-number pass. */
    public double[] valueAndGradient(double[] point) {
        checkPoint(point);
        Dual d = body.at(new Dual(point[0], 1, 0), new Dual(point.length > 1 ? point[1] : 0, 0, 1));
        return point.length == 1 ? new double[] {d.v(), d.dx()} : new double[] {d.v(), d.dx(), d.dy()};
    }

    void checkPoint(double[] point) {
        Check.notNull("objective", "point", point);
        if (point.length < 1 || point.length > 2) {
            throw new IllegalArgumentException("objective '" + text + "': a point has 1 coordinate (x) or 2 (x, y), got " + point.length);
        }
        if (dimension == 2 && point.length < 2) {
            throw new IllegalArgumentException("objective '" + text + "' uses y, so the point needs 2 coordinates, got 1");
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
