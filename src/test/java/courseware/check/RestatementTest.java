package courseware.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import courseware.parse.Statements;
import org.junit.jupiter.api.Test;

class RestatementTest {
    @Test
    void keepsTheWrittenPrecisionAndStyle() {
        assertEquals(Optional.of("0.0146"), Restatement.of(Statements.stated("0.0164", null), 0.014644660940672627));
        assertEquals(Optional.of("4.6"), Restatement.of(Statements.stated("4.5", null), 4.577708365637502));
        assertEquals(Optional.of("5"), Restatement.of(Statements.stated("4", null), 4.577708365637502));
        assertEquals(Optional.of("1.46e-2"), Restatement.of(Statements.stated("1.64e-2", null), 0.014644660940672627));
        assertEquals(Optional.of("9.80E-7"), Restatement.of(Statements.stated("9.54E-7", null), 9.8e-7));
        assertEquals(Optional.of("\u22120.075"), Restatement.of(Statements.stated("\u22120.081", null), -0.07540259369741809));
        assertEquals(Optional.of("-0.0754"), Restatement.of(Statements.stated("+0.0754", null), -0.07540259369741809));
        assertEquals(Optional.of("+0.0754"), Restatement.of(Statements.stated("+0.0800", "abs 1e-4"), 0.07540259369741809), "an explicit tolerance is kept");
    }

    /** Half away from zero, judged on the exact double, like the tolerance rule itself. */
    @Test
    void roundsHalfAwayFromZeroOnTheExactValue() {
        assertEquals(Optional.of("0.13"), Restatement.of(Statements.stated("0.10", null), 0.125));
        assertEquals(Optional.of("-0.13"), Restatement.of(Statements.stated("-0.10", null), -0.125));
        // 0.145 is 0.1449999999999999955591... as a double: it rounds down
        assertEquals(Optional.of("0.14"), Restatement.of(Statements.stated("0.10", null), 0.145));
    }

    @Test
    void offersNothingThatWouldNotPass() {
        assertEquals(Optional.empty(), Restatement.of(Statements.stated("1.0", "rel 0%"), 1.05), "a zero tolerance cannot be met by rounding");
        assertEquals(Optional.empty(), Restatement.of(Statements.stated("abc", null), 1));
        assertEquals(Optional.empty(), Restatement.of(Statements.stated("1", null), Double.NaN));
    }
}
