package courseware.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** iterate(n, init, "step"): recurrences written in the lesson language. */
class IterateTest {
    private final Map<String, Value> names = new HashMap<>();

    private Value eval(String text) throws ExprException {
        return new Evaluator(Functions.all(), names).eval(ExprParser.parse(text));
    }

    /**
     * Look-ahead Nesterov (Sutskever et al. 2013: v <- mu v - eta grad f(x + mu v); x <- x + v) on
     * f(x) = x^2, eta 0.1, mu 0.9, from x = 1, v = 0. By hand: v1 = -0.2, x1 = 0.8; v2 = -0.18 - 0.2 * 0.62
     * = -0.304, x2 = 0.496.
     */
    @Test
    void lookAheadNesterovNeedsNoUnrolling() throws ExprException {
        names.put("eta", new Value.Num(0.1));
        names.put("mu", new Value.Num(0.9));
        names.put("loss", eval("objective(\"x^2\")"));
        String v = "mu*s[1] - eta*grad(loss, s[0] + mu*s[1])";
        String step = "\"(s[0] + " + v + ", " + v + ")\"";
        assertArrayEquals(new double[] {0.8, -0.2}, ((Value.Vec) eval("iterate(1, (1, 0), " + step + ")")).values(), 1e-15);
        assertArrayEquals(new double[] {0.496, -0.304}, ((Value.Vec) eval("iterate(2, (1, 0), " + step + ")")).values(), 1e-15);
    }

    @Test
    void theStepSeesItsIndexAndZeroStepsGiveTheStart() throws ExprException {
        assertEquals(0 + 1 + 2 + 3, ((Value.Num) eval("iterate(4, 0, \"s + k\")")).value(), 0.0);
        assertEquals(7, ((Value.Num) eval("iterate(0, 7, \"s * 2\")")).value(), 0.0);
        // the compound-interest recurrence, closed form 1.1^10
        assertEquals(StrictMath.pow(1.1, 10), ((Value.Num) eval("iterate(10, 1, \"1.1 * s\")")).value(), 1e-14);
    }

    @Test
    void problemsAreReportedInsideTheStepText() {
        String line = "iterate(3, 1, \"s + zz\")";
        ExprException e = assertThrows(ExprException.class, () -> eval(line));
        assertEquals(line.indexOf("zz"), e.offset());
        assertTrue(e.getMessage().startsWith("at step k = 0: unknown name 'zz'"), e.getMessage());

        String syntax = "iterate(3, 1, \"s +\")";
        assertEquals(syntax.indexOf("\")"), assertThrows(ExprException.class, () -> eval(syntax)).offset());

        ExprException shape = assertThrows(ExprException.class, () -> eval("iterate(3, 1, \"(s, s)\")"));
        assertTrue(shape.getMessage().contains("a step returns a state of the same shape"), shape.getMessage());
        ExprException tooMany = assertThrows(ExprException.class, () -> eval("iterate(1000000, 1, \"s\")"));
        assertTrue(tooMany.getMessage().contains("between 0 and 100000"), tooMany.getMessage());
        ExprException diverges = assertThrows(ExprException.class, () -> eval("iterate(2000, 2, \"s * s\")"));
        assertTrue(diverges.getMessage().contains("not a finite number"), diverges.getMessage());
        ExprException notText = assertThrows(ExprException.class, () -> eval("iterate(3, 1, 5)"));
        assertTrue(notText.getMessage().contains("a step in quotes"), notText.getMessage());
    }
}
