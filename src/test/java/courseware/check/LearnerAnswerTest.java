package courseware.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import courseware.check.LearnerAnswer.Verdict;
import java.math.BigDecimal;
import java.util.Optional;
import courseware.parse.Statements;
import org.junit.jupiter.api.Test;

/** A learner's typed number is right iff its exact value lies in the build's interval. */
class LearnerAnswerTest {
    static final Tolerance T = Tolerance.written(new BigDecimal("0.0146"));

    @Test
    void theBoundsAreExactAndTheFormsAreThoseOfAStatedNumber() {
        assertEquals("[0.01455,0.01465)", LearnerAnswer.attribute(T));
        assertEquals(Verdict.RIGHT, LearnerAnswer.judge("0.01455", T));
        assertEquals(Verdict.WRONG, LearnerAnswer.judge("0.01465", T));
        assertEquals(Verdict.RIGHT, LearnerAnswer.judge("0.014649999999999999999999", T));
        assertEquals(Verdict.WRONG, LearnerAnswer.judge("0.014549999999999999999999", T));
        assertEquals(Verdict.RIGHT, LearnerAnswer.judge(" 1.46e-2 ", T));
        assertEquals(Verdict.WRONG, LearnerAnswer.judge("\u22121.46e-2", T));
        assertEquals(Verdict.UNREADABLE, LearnerAnswer.judge("0,0146", T));
        assertEquals(Verdict.UNREADABLE, LearnerAnswer.judge("", T));
    }

    @Test
    void anUnboundAnswerAcceptsItsWrittenPrecision() {
        assertEquals("[0.75,0.85)", LearnerAnswer.interval(Optional.empty(), Statements.stated("0.8")).map(LearnerAnswer::attribute).orElseThrow());
        assertEquals(Optional.empty(), LearnerAnswer.interval(Optional.empty(), Statements.stated("about 0.8")));
    }
}
