package courseware.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import courseware.parse.Statements;
import org.junit.jupiter.api.Test;

/** The precision lint of docs/authoring.md: a passing answer whose accepted range is wider than 10% of the value. */
class PrecisionLintTest {
    private static Optional<String> lint(String stated, String tolerance, Value value) {
        courseware.model.Stated s = Statements.stated(stated, tolerance);
        StatedComparison.Outcome o = StatedComparison.compare(s, value);
        assertTrue(o.passed(), "the stated answer passes: " + stated);
        return PrecisionLint.problem(s, value, o.acceptance());
    }

    @Test
    void twoDecimalsForAValueOfOnePercentAreTooFewAndTheMessageSuggestsTheDigits() {
        Optional<String> w = lint("0.01", null, new Value.Num(0.0123));
        assertEquals(Optional.of("stated 0.01 accepts [0.005, 0.015), wider than 10% of the value 0.0123, so a wrong value would pass too;"
                + " write 0.0123"), w);
    }

    @Test
    void aRangeOfAtMostATenthOfTheValuePasses() {
        assertEquals(Optional.empty(), lint("0.012", null, new Value.Num(0.0123)), "0.001 wide is 8% of 0.0123");
        assertEquals(Optional.empty(), lint("0.0123", null, new Value.Num(0.0123)));
        assertEquals(Optional.empty(), lint("10", null, new Value.Num(10.4)), "1 wide is under 10% of 10.4");
        assertTrue(lint("10", null, new Value.Num(9.6)).isPresent(), "1 wide is over 10% of 9.6");
    }

    @Test
    void aNumberThatReadsAsTheValueAtThreeDigitsHidesNothing() {
        assertEquals(Optional.empty(), lint("2", null, new Value.Num(2)), "an exact small whole number");
        assertEquals(Optional.empty(), lint("0.8", null, new Value.Num(0.8000000000000002)), "float noise");
        assertEquals(Optional.empty(), lint("0.9", null, new Value.Num(0.900000002)), "0.900 at three digits");
        assertEquals(Optional.of("stated 2 accepts [1.5, 2.5), wider than 10% of the value 2.3, so a wrong value would pass too; write 2.30"),
                lint("2", null, new Value.Num(2.3)));
    }

    @Test
    void vectorsAreLintedComponentByComponentAndOverridesToo() {
        Optional<String> v = lint("(1, 0.2)", null, new Value.Vec(new double[] {1, 0.23}));
        assertEquals(Optional.of("stated (1, 0.2) accepts [0.15, 0.25), wider than 10% of the value 0.23, so a wrong value would pass too;"
                + " write (1.00, 0.230)"), v);
        Optional<String> abs = lint("0.0123", "abs 0.01", new Value.Num(0.0125));
        assertTrue(abs.orElseThrow().endsWith("write 0.0125 or narrow 'abs 0.01'"), abs.toString());
    }

    @Test
    void aStatedZeroAndNonNumbersAreLeftAlone() {
        assertEquals(Optional.empty(), lint("0", "abs 1e-12", new Value.Num(4.9e-32)));
        assertEquals(Optional.empty(), lint("yes", null, new Value.Bool(true)));
    }
}
