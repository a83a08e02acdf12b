package courseware.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    static Value eval(String text, Map<String, Value> names) throws ExprException {
        return new Evaluator(Functions.all(), names).eval(ExprParser.parse(text));
    }

    static double num(String text) throws ExprException {
        return ((Value.Num) eval(text, Map.of())).value();
    }

    @Test
    void arithmeticFollowsTheUsualPrecedence() throws ExprException {
        assertEquals(7, num("1 + 2 * 3"));
        assertEquals(-8, num("-2^3"));
        assertEquals(512, num("2^3^2"), "power is right-associative");
        assertEquals(0.5, num("(1 + 2) / 6"));
        assertEquals(Math.PI / 4, num("atan2(1, 1)"));
    }

    @Test
    void vectorsFieldsAndIndexes() throws ExprException {
        assertArrayEquals(new double[] {3, 4}, ((Value.Vec) eval("(6, 8) * 0.5", Map.of())).values());
        assertEquals(8, num("(6, 8)[1]"));
        assertEquals(5, num("clip_norm((6, 8), 5).vector[0] + 2"));
        assertEquals(new Value.Bool(true), eval("clip_norm((6, 8), 5).clipped", Map.of()));
    }

    @Test
    void namedAndPositionalArgumentsBindToParameters() throws ExprException {
        assertEquals(num("cosine_decay(0.1, 1000, 750)"), num("cosine_decay(step=750, eta0=0.1, total=1000)"));
        assertEquals(num("cosine_decay(0.1, 1000, 750)"), num("cosine_decay(0.1, total=1000, step=750)"));
    }

    @Test
    void errorsSayWhatAndWhere() throws ExprException {
        ExprException unknown = assertThrows(ExprException.class, () -> num("cosine_decy(0.1, 1000, 750)"));
        assertEquals("unknown function 'cosine_decy' (did you mean 'cosine_decay'?) (the functions are listed in docs/engine.md)",
                unknown.getMessage());
        assertEquals(0, unknown.offset());

        ExprException param = assertThrows(ExprException.class, () -> num("cosine_decay(0.1, 1000, setp=750)"));
        assertTrue(param.getMessage().startsWith("cosine_decay has no parameter 'setp' (did you mean 'step'?)"), param.getMessage());
        assertEquals(24, param.offset());

        ExprException whole = assertThrows(ExprException.class, () -> num("cosine_decay(0.1, 1000, 7.5)"));
        assertEquals("cosine_decay: 'step' must be a whole number, got a number 7.5", whole.getMessage());

        ExprException missing = assertThrows(ExprException.class, () -> num("cosine_decay(0.1)"));
        assertTrue(missing.getMessage().startsWith("cosine_decay needs 'total': cosine_decay(eta0, total, step=none, floor=0"), missing.getMessage());
        // without its step a schedule function gives the schedule itself (for join, chained, lr_at)
        assertTrue(eval("cosine_decay(0.1, 1000)", Map.of()) instanceof Value.Sched);

        ExprException name = assertThrows(ExprException.class, () -> eval("eta + 1", Map.of("eta0", new Value.Num(1))));
        assertTrue(name.getMessage().startsWith("unknown name 'eta' (did you mean 'eta0'?)"), name.getMessage());

        ExprException syntax = assertThrows(ExprException.class, () -> num("1 + * 2"));
        assertEquals(4, syntax.offset());
    }

    @Test
    void nonFiniteResultsAreErrorsNotNumbers() {
        ExprException nan = assertThrows(ExprException.class, () -> num("sqrt(-1)"));
        assertEquals("the result is NaN (not a finite number)", nan.getMessage());
        assertThrows(ExprException.class, () -> num("1 / 0"));
        assertThrows(ExprException.class, () -> num("exp(1000)"));
    }

    @Test
    void engineRefusalsBecomeMessages() {
        ExprException e = assertThrows(ExprException.class, () -> num("cosine_decay(0.1, 0, 5)"));
        assertTrue(e.getMessage().startsWith("cosine_decay: "), e.getMessage());
        ExprException limit = assertThrows(ExprException.class, () -> num("gd(\"x^2\", 1, 0.1, 100000000000).x"));
        assertTrue(limit.getMessage().startsWith("gd: "), limit.getMessage());
    }

    @Test
    void deepNestingIsRefusedBeforeTheStackOverflows() {
        // 4,000 levels: deep enough to overflow a stack, short enough to pass the length limit.
        String deep = "(".repeat(4_000) + "1" + ")".repeat(4_000);
        ExprException e = assertThrows(ExprException.class, () -> num(deep));
        assertTrue(e.getMessage().startsWith("expression nested more than"), e.getMessage());
        assertThrows(ExprException.class, () -> num("-".repeat(4_000) + "1"));
        assertThrows(ExprException.class, () -> num("2" + "^2".repeat(4_000)));
    }

    @Test
    void anExpressionOverTenThousandCharactersIsRefusedBeforeItIsRead() {
        ExprException e = assertThrows(ExprException.class, () -> num("1" + " + 1".repeat(2_500)));
        assertEquals("this expression is 10001 characters long; an expression may have at most 10000", e.getMessage());
        assertEquals(0, e.offset());
    }

    @Test
    void vectorsCompareLikeNumbers() throws ExprException {
        assertEquals(new Value.Bool(true), eval("-(0, 1) == (0, -1)", Map.of()));
    }
}
