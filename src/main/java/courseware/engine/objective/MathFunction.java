package courseware.engine.objective;

import java.util.function.DoubleUnaryOperator;

/**
 * The one table of functions of one number, each with its exact derivative. Lesson expressions and
 * objectives both call these, and all use {@link StrictMath}, so {@code exp(0.9472)} is the same
 * double in a computation, inside an objective and on every JDK.
 */
public enum MathFunction {
    SQRT("sqrt", "square root", StrictMath::sqrt, x -> 0.5 / StrictMath.sqrt(x)),
    EXP("exp", "e to the power x", StrictMath::exp, StrictMath::exp),
    LOG("log", "natural logarithm", StrictMath::log, x -> 1 / x),
    LOG10("log10", "base-10 logarithm", StrictMath::log10, x -> 1 / (x * StrictMath.log(10))),
    SIN("sin", "sine (radians)", StrictMath::sin, StrictMath::cos),
    COS("cos", "cosine (radians)", StrictMath::cos, x -> -StrictMath.sin(x)),
    TAN("tan", "tangent (radians)", StrictMath::tan, x -> {
        double c = StrictMath.cos(x);
        return 1 / (c * c);
    }),
    ACOS("acos", "arc cosine (radians)", StrictMath::acos, x -> -1 / StrictMath.sqrt(1 - x * x)),
    ATAN("atan", "arc tangent (radians)", StrictMath::atan, x -> 1 / (1 + x * x)),
    TANH("tanh", "hyperbolic tangent", StrictMath::tanh, x -> {
        double t = StrictMath.tanh(x);
        return 1 - t * t;
    }),
    ABS("abs", "absolute value", StrictMath::abs, StrictMath::signum),
    FLOOR("floor", "largest whole number <= x", StrictMath::floor, x -> 0),
    SIGMOID("sigmoid", "logistic function 1/(1+e^-x)", MathFunction::sigmoid, x -> sigmoid(x) * (1 - sigmoid(x))),
    DEGREES("degrees", "radians to degrees", StrictMath::toDegrees, x -> 180 / StrictMath.PI);

    private final String symbol;
    private final String doc;
    private final DoubleUnaryOperator value;
    private final DoubleUnaryOperator slope;

    MathFunction(String symbol, String doc, DoubleUnaryOperator value, DoubleUnaryOperator slope) {
        this.symbol = symbol;
        this.doc = doc;
        this.value = value;
        this.slope = slope;
    }

    /** The name lessons call it by. */
    public String symbol() {
        return symbol;
    }

    /** One line for the function catalog. */
    public String doc() {
        return doc;
    }

    public double apply(double x) {
        return value.applyAsDouble(x);
    }

    public Dual apply(Dual a) {
        double y = value.applyAsDouble(a.v());
        return a.isConstant() ? Dual.constant(y) : a.chain(y, slope.applyAsDouble(a.v()));
    }

    private static double sigmoid(double x) {
        return 1 / (1 + StrictMath.exp(-x));
    }
}
