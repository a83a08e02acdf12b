package courseware.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import courseware.parse.Statements;
import org.junit.jupiter.api.Test;

class ShownFormatTest {
    @Test
    void theDefaultIsTheShortestDecimalAtTwelveSignificantDigits() {
        assertEquals("3.4", ShownFormat.shortest(3.4000000000000004));
        assertEquals("0.001073741824", ShownFormat.shortest(0.0010737418240000002));
        assertEquals("750", ShownFormat.shortest(750));
        assertEquals("1e15", ShownFormat.shortest(1e15));
        assertEquals("-2", ShownFormat.shortest(-2));
    }

    @Test
    void anAuthorChoosesSignificantDigitsOrDecimals() {
        assertEquals("0.0146", ShownFormat.apply(Statements.shown("sig 3"), new Value.Num(0.014644660940672627)));
        assertEquals("1.50", ShownFormat.apply(Statements.shown("sig 3"), new Value.Num(1.5)));
        assertEquals("1200", ShownFormat.apply(Statements.shown("sig 2"), new Value.Num(1234)));
        assertEquals("0.10", ShownFormat.apply(Statements.shown("dp 2"), new Value.Num(0.1)));
        assertEquals("(3.0, 4.0)", ShownFormat.apply(Statements.shown("dp 1"), new Value.Vec(new double[] {3, 4})));
        assertEquals("3", ShownFormat.apply(Statements.shown("dp 0"), new Value.Num(2.5)));
        assertThrows(IllegalArgumentException.class, () -> ShownFormat.apply(Statements.shown("sig 0"), new Value.Num(1)));
        assertThrows(IllegalArgumentException.class, () -> ShownFormat.apply(Statements.shown("round 2"), new Value.Num(1)));
    }
}
