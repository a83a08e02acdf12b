package courseware.engine.objective;

/**
 * A forward-mode dual number carrying a value and its exact partial derivatives in x and y. All
 * arithmetic is IEEE double and every function goes through {@link StrictMath}, so a value is the
 * same double whether or not its derivative is wanted, and on every JDK.
 */
public record Dual(double v, double dx, double dy) {
    public static Dual constant(double v) {
        return new Dual(v, 0, 0);
    }

    public boolean isConstant() {
        return dx == 0 && dy == 0;
    }

    public Dual plus(Dual o) {
        return new Dual(v + o.v, dx + o.dx, dy + o.dy);
    }

    public Dual minus(Dual o) {
        return new Dual(v - o.v, dx - o.dx, dy - o.dy);
    }

    public Dual negate() {
        return new Dual(-v, -dx, -dy);
    }

    public Dual times(Dual o) {
        return new Dual(v * o.v, dx * o.v + v * o.dx, dy * o.v + v * o.dy);
    }

    public Dual dividedBy(Dual o) {
        double d = o.v * o.v;
        return new Dual(v / o.v, (dx * o.v - v * o.dx) / d, (dy * o.v - v * o.dy) / d);
    }

    /** Chain rule for a function whose value is {@code value} and derivative at v is {@code slope}. */
    public Dual chain(double value, double slope) {
        return new Dual(value, slope * dx, slope * dy);
    }

    /**
     * a^b. A constant exponent uses the power rule b a^(b-1) a', valid for negative bases; otherwise
     * d(a^b) = a^b (b' ln a + b a' / a).
     */
    public Dual pow(Dual e) {
        double value = StrictMath.pow(v, e.v);
        if (e.isConstant()) {
            if (e.v == 0) {
                return new Dual(value, 0, 0);
            }
            if (isConstant()) {
                return new Dual(value, 0, 0);
            }
            double slope = e.v * StrictMath.pow(v, e.v - 1);
            return new Dual(value, slope * dx, slope * dy);
        }
        double lnA = StrictMath.log(v);
        if (isConstant()) {
            double slope = value * lnA;
            return new Dual(value, slope * e.dx, slope * e.dy);
        }
        return new Dual(value, value * (e.dx * lnA + e.v * dx / v), value * (e.dy * lnA + e.v * dy / v));
    }
}
