package courseware.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import courseware.diag.Diagnostics;
import courseware.diag.Source;
import courseware.model.Variation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What varies in an item, read line by line; every mistake an error at its own column, the declaration then dropped. */
class VarySyntaxTest {
    private final Diagnostics diagnostics = new Diagnostics();

    private Variation read(String lines) {
        Source source = new Source(Path.of("v.md"), "v.md", lines);
        return VarySyntax.read(lines, source::pos, diagnostics);
    }

    private List<String> problems() {
        return diagnostics.sorted().stream().map(d -> d.pos().line() + ":" + d.pos().col() + " " + d.message()).toList();
    }

    @Test
    void rangesListsConditionsAndComments() {
        Variation v = read("""
                variants 12          # the author's values count
                k in 250..750 step 50
                eta0 in [0.05, 0.1, 0.2]
                x0 in 4.5..5.5 step 0.25
                require eta0 < 2/L
                """);
        assertEquals(List.of(), problems());
        assertEquals(12, v.count());
        assertEquals(List.of("k", "eta0", "x0"), v.varies().stream().map(Variation.Vary::name).toList());
        assertEquals(List.of("250", "300", "350", "400", "450", "500", "550", "600", "650", "700", "750"), v.varies().get(0).values());
        assertEquals(List.of("0.05", "0.1", "0.2"), v.varies().get(1).values());
        // Written as a person writes them, the end included when a step reaches it exactly (BigDecimal, no float drift).
        assertEquals(List.of("4.5", "4.75", "5", "5.25", "5.5"), v.varies().get(2).values());
        assertEquals("eta0 < 2/L", v.requires().get(0).expression());
        assertEquals(5, v.requires().get(0).pos().line());
        assertEquals(9, v.requires().get(0).pos().col());
        assertEquals(1, v.pos().line());
    }

    @Test
    void aStepThatMissesTheEndStopsBelowIt() {
        Variation v = read("variants 3\nb in 1..10 step 4\n");
        assertEquals(List.of("1", "5", "9"), v.varies().get(0).values());
    }

    @Test
    void eachMistakeIsAnErrorAtItsColumn() {
        Variation v = read("""
                variants 99
                k in 10..5 step 1
                m in 1..9 step 0
                n in [1, x, 3]
                p in [2, 2]
                q in [7]
                r: 3
                """);
        assertEquals(Variation.NONE, v);
        assertEquals(List.of(
                "1:10 'variants 99': an item has 2 to 50 variants (variant 0, the author's values, counts)",
                "2:10 the range 10..5 must end above its start",
                "3:16 the step must be positive, not 0",
                "4:10 'x' is not a number; list the values as numbers: [0.05, 0.1, 0.2]",
                "5:10 '2' is listed twice",
                "6:6 list at least two values: one value does not vary",
                "7:1 a vary line is 'variants N', 'name in A..B step S', 'name in [a, b, c]' or 'require condition'"), problems());
    }

    @Test
    void aDeclarationSaysHowManyVariantsAndWhatVaries() {
        assertEquals(Variation.NONE, read("k in [1, 2]\n"));
        assertEquals(Variation.NONE, read("variants 4\n"));
        assertEquals(List.of("1:1 say how many variants the item has: 'variants N' (2 to 50)",
                "1:1 nothing varies: add a line 'name in A..B step S' or 'name in [a, b, c]' for a given"), problems());
    }

    @Test
    void aRangeOfMoreThanTenThousandValuesIsRefusedBeforeItIsWrittenOut() {
        assertFalse(read("variants 2\nk in 0..1e9 step 1\n").varying());
        assertEquals(List.of("2:18 the range holds more than 10000 values; take a larger step"), problems());
    }

    @Test
    void twiceIsAMistake() {
        read("variants 2\nvariants 3\nk in [1, 2]\nk in [3, 4]\n");
        assertEquals(List.of("2:1 'variants' is given twice; an item has one number of variants",
                "4:1 'k' varies twice; give it one set of values"), problems());
    }
}
