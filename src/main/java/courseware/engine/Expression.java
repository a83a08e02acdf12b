package courseware.engine;

/**
 * An arithmetic expression in x and y, parsed once and evaluated with exact derivatives (forward-mode dual
 * numbers, not finite differences). Supports numbers, + - * / ^ (or **), unary minus, parentheses, the functions
 * sin cos tan exp log sqrt abs tanh (log is natural) and the constants pi and e. Functions use
 * {@link StrictMath}, so values are the same on every JDK.
 */
public final class Expression {
    private final String source;
    private final Node root;
    private final boolean usesX;
    private final boolean usesY;

    private Expression(String source, Node root, boolean usesX, boolean usesY) {
        this.source = source;
        this.root = root;
        this.usesX = usesX;
        this.usesY = usesY;
    }

    /** Parses {@code source}; throws {@link ExpressionSyntaxException} with the 0-based column on bad input. */
    public static Expression parse(String source) {
        Node[] out = new Node[1];
        ExpressionParser p = ExpressionParser.parse(source, out);
        return new Expression(source, out[0], p.usesX, p.usesY);
    }

    /** Evaluates an expression without variables, e.g. "0.05*(1 - sqrt(2)/2)". */
    public static double evaluate(String source) {
        Expression e = parse(source);
        if (e.dimension() != 0) {
            throw new IllegalArgumentException("expression '" + source + "' uses "
                    + (e.usesY ? "y" : "x") + "; give a value for it with value(x) or value(x, y)");
        }
        return e.value();
    }

    public String source() {
        return source;
    }

    /** Nodes of the parsed tree: each evaluation (value and gradient together) visits every one once. */
    public int size() {
        return size(root);
    }

    private static int size(Node n) {
        if (n instanceof Node.Neg neg) return 1 + size(neg.operand());
        if (n instanceof Node.Binary b) return 1 + size(b.left()) + size(b.right());
        if (n instanceof Node.Call c) return 1 + size(c.argument());
        return 1;
    }

    public boolean usesX() {
        return usesX;
    }

    public boolean usesY() {
        return usesY;
    }

    /** 0 for a constant, 1 if only x appears, 2 if y appears. */
    public int dimension() {
        return usesY ? 2 : usesX ? 1 : 0;
    }

    public double value() {
        return value(0, 0);
    }

    public double value(double x) {
        return value(x, 0);
    }

    public double value(double x, double y) {
        return root.eval(Dual.constant(x), Dual.constant(y)).v();
    }

    /** df/dx at x (y = 0). */
    public double derivative(double x) {
        return root.eval(new Dual(x, 1, 0), Dual.constant(0)).dx();
    }

    /** (df/dx, df/dy) at (x, y). */
    public double[] gradient(double x, double y) {
        Dual d = root.eval(new Dual(x, 1, 0), new Dual(y, 0, 1));
        return new double[] {d.dx(), d.dy()};
    }

    /** Value at a point of 1 or 2 coordinates (x, or x and y). */
    public double valueAt(double[] point) {
        checkPoint(point);
        return value(point[0], point.length > 1 ? point[1] : 0);
    }

    /** Gradient at a point of 1 or 2 coordinates, with as many components as the point. */
    public double[] gradientAt(double[] point) {
        checkPoint(point);
        double[] g = gradient(point[0], point.length > 1 ? point[1] : 0);
        return point.length == 1 ? new double[] {g[0]} : g;
    }

    /** [value, df/dx] or [value, df/dx, df/dy] at a checked point, from one dual-number pass. */
    double[] valueAndGradient(double[] point) {
        Dual d = root.eval(new Dual(point[0], 1, 0), new Dual(point.length > 1 ? point[1] : 0, 0, 1));
        return point.length == 1 ? new double[] {d.v(), d.dx()} : new double[] {d.v(), d.dx(), d.dy()};
    }

    void checkPoint(double[] point) {
        Check.notNull("expression", "point", point);
        if (point.length < 1 || point.length > 2) {
            throw new IllegalArgumentException("expression '" + source + "': a point has 1 coordinate (x) or 2 (x, y),"
                    + " got " + point.length);
        }
        if (usesY && point.length < 2) {
            throw new IllegalArgumentException("expression '" + source + "' uses y, so the point needs 2 coordinates,"
                    + " got 1");
        }
    }

    @Override
    public String toString() {
        return source;
    }
}
