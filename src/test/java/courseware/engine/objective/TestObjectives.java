package courseware.engine.objective;

/** Objectives for engine tests, built from dual arithmetic (the engine parses no text). */
public final class TestObjectives {
    private TestObjectives() {}

    public static Dual c(double v) {
        return Dual.constant(v);
    }

    /** sin(x) + 0.2 x, the lesson objective of seed 001. */
    public static Objective sinPlusLinear() {
        return Objective.of("sin(x) + 0.2*x", 1, (x, y) -> MathFunction.SIN.apply(x).plus(c(0.2).times(x)));
    }

    public static Objective square() {
        return Objective.of("x^2", 1, (x, y) -> x.times(x));
    }

    public static Objective halfSquare() {
        return Objective.of("x^2/2", 1, (x, y) -> x.times(x).dividedBy(c(2)));
    }

    /** x^2 - y^2, the saddle at the origin. */
    public static Objective saddle() {
        return Objective.of("x^2 - y^2", 2, (x, y) -> x.times(x).minus(y.times(y)));
    }
}
