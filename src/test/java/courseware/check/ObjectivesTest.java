package courseware.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.engine.objective.Objective;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Objectives are written in the one lesson language and differentiated exactly. */
class ObjectivesTest {
    private static Objective objective(String text) throws ExprException {
        return Objectives.compile(text, Map.of("b", new Value.Num(0.2), "v", new Value.Vec(new double[] {1, 2})));
    }

    private static double d(String text, double x) throws ExprException {
        return objective(text).gradientAt(new double[] {x})[0];
    }

    @Test
    void precedenceMatchesTheRestOfTheLanguage() throws ExprException {
        double[] at = {0};
        assertEquals(-4, objective("-2^2").valueAt(at), 0.0, "unary minus binds looser than ^");
        assertEquals(512, objective("2^3^2").valueAt(at), 0.0, "right-associative");
        assertEquals(0.5, objective("2^-1").valueAt(at), 0.0);
        assertEquals(8, objective("2**3").valueAt(at), 0.0, "** is ^");
        assertEquals(2.5, objective("10 / 2 / 2").valueAt(at), 0.0);
        assertEquals(StrictMath.PI, objective("pi").valueAt(at), 0.0);
        // the lesson identity 0.05 * (1 - sqrt(2)/2); python3 float64: 0.014644660940672622
        assertEquals(0.014644660940672622, objective("0.05*(1 - sqrt(2)/2)").valueAt(at), 0.0);
    }

    @Test
    void lessonNumbersAreConstantsAndTheGradientIsExact() throws ExprException {
        Objective f = objective("sin(x) + b*x");
        assertEquals(1, f.dimension());
        for (double x : new double[] {-2, 0, 1.3, 5}) {
            assertEquals(StrictMath.cos(x) + 0.2, d("sin(x) + b*x", x), 0.0);
            assertEquals(StrictMath.sin(x) + 0.2 * x, f.valueAt(new double[] {x}), 0.0);
        }
        // x^2 - y^2: gradient (2x, -2y) = (2, -4) at (1, 2)
        assertArrayEquals(new double[] {2, -4}, objective("x^2 - y^2").gradientAt(new double[] {1, 2}), 0.0);
        // Rosenbrock, by hand: df/dx = -2(1 - x) - 400 x (y - x^2), df/dy = 200 (y - x^2)
        assertArrayEquals(new double[] {396, 200}, objective("(1 - x)^2 + 100*(y - x^2)^2").gradientAt(new double[] {-1, 2}), 0.0);
    }

    @Test
    void chainRuleThroughEveryFunction() throws ExprException {
        double x = 0.7; // derivatives by hand
        assertEquals(2 * StrictMath.cos(2 * x), d("sin(2*x)", x), 1e-15);
        assertEquals(1 / (StrictMath.cos(x) * StrictMath.cos(x)), d("tan(x)", x), 1e-14);
        assertEquals(2 * x * StrictMath.exp(x * x), d("exp(x^2)", x), 1e-14);
        assertEquals(1 / x, d("log(x)", x), 1e-15);
        assertEquals(1 / (x * StrictMath.log(10)), d("log10(x)", x), 1e-15);
        assertEquals(0.5 / StrictMath.sqrt(x), d("sqrt(x)", x), 1e-15);
        assertEquals(-1 / StrictMath.sqrt(1 - x * x), d("acos(x)", x), 1e-15);
        assertEquals(1 / (1 + x * x), d("atan(x)", x), 1e-15);
        assertEquals(1, d("abs(-x)", x), 0.0);
        double s = 1 / (1 + StrictMath.exp(-x));
        assertEquals(s * (1 - s), d("sigmoid(x)", x), 1e-15);
        assertEquals(1 - StrictMath.tanh(x) * StrictMath.tanh(x), d("tanh(x)", x), 1e-15);
        assertEquals(StrictMath.pow(x, x) * (StrictMath.log(x) + 1), d("x^x", x), 1e-14);
        assertEquals(12, d("x^3", -2), 0.0, "a negative base with a constant exponent uses the power rule");
    }

    /** The same function gives the same double in a computation and inside an objective. */
    @Test
    void oneDoublePerFunction() throws ExprException {
        for (String fn : new String[] {"exp", "sin", "cos", "tan", "log", "sqrt", "tanh", "atan", "sigmoid"}) {
            for (double x : new double[] {0.9472, 0.1, 1.7, 2.5}) {
                double direct = ((Value.Num) new Evaluator(Functions.all(), Map.of()).eval(ExprParser.parse(fn + "(" + x + ")"))).value();
                double viaF = ((Value.Num) new Evaluator(Functions.all(), Map.of())
                        .eval(ExprParser.parse("f(\"" + fn + "(x)\", " + x + ")"))).value();
                assertEquals(direct, viaF, 0.0, fn + "(" + x + ")");
            }
        }
        assertEquals(StrictMath.exp(0.9472), objective("exp(x)").valueAt(new double[] {0.9472}), 0.0);
    }

    @Test
    void errorsPointIntoTheObjectiveText() {
        assertOffset("sinn(x)", 0, "an objective may call");
        assertOffset("x + z", 4, "unknown name 'z' in an objective");
        assertOffset("x + v", 4, "'v' is a vector of 2; an objective uses numbers");
        assertOffset("sin(x) + b*x +", 14, "expression ends too early");
        assertOffset("x < 1", 2, "does not belong");
        assertOffset("(".repeat(150) + "x" + ")".repeat(150), 100, "nested more than 100 levels");
    }

    /** In a lesson the offset lands on the author's column: the string's start plus one plus the offset. */
    @Test
    void aProblemInAnObjectiveArgumentIsAtItsColumnOfTheLine() {
        String line = "grad(\"sin(x) + c*x +\", x0)";
        ExprException e = assertThrows(ExprException.class, () ->
                new Evaluator(Functions.all(), Map.of("c", new Value.Num(0.2), "x0", new Value.Num(1))).eval(ExprParser.parse(line)));
        assertEquals(line.indexOf("+\"") + 1, e.offset(), e.getMessage());
    }

    @Test
    void objectivesAreValuesToNameOnce() throws ExprException {
        Map<String, Value> names = new java.util.HashMap<>();
        names.put("loss", new Evaluator(Functions.all(), Map.of()).eval(ExprParser.parse("objective(\"x^2\")")));
        Value r = new Evaluator(Functions.all(), names).eval(ExprParser.parse("gd(loss, 1, 0.1, 2).x"));
        assertEquals(0.64, ((Value.Num) r).value(), 1e-15, "x <- 0.8 x twice");
    }

    private static void assertOffset(String text, int offset, String message) {
        ExprException e = assertThrows(ExprException.class, () -> objective(text));
        assertEquals(offset, e.offset(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
