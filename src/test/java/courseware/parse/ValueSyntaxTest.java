package courseware.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.diag.Diagnostic;
import courseware.diag.Diagnostics;
import courseware.diag.Source;
import courseware.model.ShownSpec;
import courseware.model.StatedValue;
import courseware.model.ToleranceSpec;
import courseware.model.ValueRef;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The inside of {@code {{ }}} is typed once, at parse; a bad tolerance or format is an error at its own column. */
class ValueSyntaxTest {
    private record Parsed(Optional<ValueRef> ref, List<Diagnostic> problems) {}

    /** {@code line} holds one {@code {{ }}}; positions are those of the file. */
    private static Parsed parse(String line) {
        Source source = new Source(Path.of("t.md"), "t.md", "Intro.\n" + line + "\n");
        int open = source.text().indexOf("{{") + 2;
        String inner = source.text().substring(open, source.text().indexOf("}}"));
        Diagnostics d = new Diagnostics();
        Optional<ValueRef> ref = ValueSyntax.parse(inner, k -> source.pos(open + k), d);
        return new Parsed(ref, d.sorted());
    }

    @Test
    void aStatedNumberIsReadOnceWithItsExactValueAndPlace() {
        ValueRef r = parse("Rate {{ eta ~ 0.0146 }}.").ref().orElseThrow();
        StatedValue.Number n = assertInstanceOf(StatedValue.Number.class, r.stated().value());
        assertEquals(new BigDecimal("0.0146"), n.value());
        assertEquals("0.0146", n.written());
        assertEquals(new ToleranceSpec.Written(), r.stated().tolerance());
        assertEquals("t.md:2:15", r.stated().pos().toString());
        assertEquals(7 + 14, r.stated().pos().offset(), "the offset is the file's, after the first line");
    }

    @Test
    void vectorsAndWordsAreTyped() {
        StatedValue.Vector v = assertInstanceOf(StatedValue.Vector.class, parse("{{ g ~ (3.4, \u22120.3) }}").ref().orElseThrow().stated().value());
        assertEquals(List.of(new BigDecimal("3.4"), new BigDecimal("-0.3")), v.components().stream().map(StatedValue.Number::value).toList());
        StatedValue.Word w = assertInstanceOf(StatedValue.Word.class, parse("{{ clipped ~ yes }}").ref().orElseThrow().stated().value());
        assertEquals(Optional.of(true), w.truth());
        assertTrue(assertInstanceOf(StatedValue.Word.class, parse("{{ g ~ (1, x) }}").ref().orElseThrow().stated().value()).bracketed());
    }

    @Test
    void everyToleranceIsTyped() {
        assertEquals(new ToleranceSpec.Absolute(new BigDecimal("1e-4"), "abs 1e-4"), parse("{{ x ~ 0.5; abs 1e-4 }}").ref().orElseThrow().stated().tolerance());
        assertEquals(new ToleranceSpec.Relative(new BigDecimal("0.01"), "rel 1%"), parse("{{ x ~ 0.5; rel 1% }}").ref().orElseThrow().stated().tolerance());
        assertEquals(new ToleranceSpec.Relative(new BigDecimal("0.02"), "rel 0.02"), parse("{{ x ~ 0.5; rel 0.02 }}").ref().orElseThrow().stated().tolerance());
        assertEquals(new ToleranceSpec.Significant(3), parse("{{ x ~ 0.5;sig 3 }}").ref().orElseThrow().stated().tolerance());
        assertEquals(new ToleranceSpec.Written(), parse("{{ x ~ 0.5; }}").ref().orElseThrow().stated().tolerance(), "an empty override is none");
    }

    @Test
    void aBadToleranceIsAnErrorAtItsOwnColumnAndTheRefIsDropped() {
        Parsed p = parse("See {{ x ~ 0.5;  approx 2 }}.");
        assertEquals(Optional.empty(), p.ref());
        assertEquals(1, p.problems().size());
        assertEquals("t.md:2:18", p.problems().get(0).pos().toString());
        assertEquals("unknown tolerance 'approx'; use abs, rel or sig", p.problems().get(0).message());
        assertEquals("sig needs a number of digits from 1 to 99, got 0", parse("{{ x ~ 1; sig 0 }}").problems().get(0).message());
        assertEquals("abs tolerance must be a number >= 0, got -1", parse("{{ x ~ 1; abs -1 }}").problems().get(0).message());
        assertEquals("tolerance 'rel': write abs 1e-4, rel 1% or sig 3", parse("{{ x ~ 1; rel }}").problems().get(0).message());
    }

    @Test
    void formatsAreTypedAndABadOneIsAnErrorAtItsColumn() {
        assertEquals(new ShownSpec.Significant(3), parse("{{ x; sig 3 }}").ref().orElseThrow().format());
        assertEquals(new ShownSpec.Decimals(0), parse("{{ x; dp 0 }}").ref().orElseThrow().format());
        assertEquals(new ShownSpec.Default(), parse("{{ x }}").ref().orElseThrow().format());
        Parsed p = parse("{{ x; round 2 }}");
        assertEquals(Optional.empty(), p.ref());
        assertEquals("t.md:2:7", p.problems().get(0).pos().toString());
        assertEquals("format 'round 2': write sig 3 (significant digits, 1 to 99) or dp 2 (decimals, 0 to 99)", p.problems().get(0).message());
        assertEquals(new ShownSpec.Decimals(2), parse("{{ x;  dp  2 }}").ref().orElseThrow().format());
        assertEquals(new ShownSpec.Significant(99), parse("{{ x; sig 99 }}").ref().orElseThrow().format());
        for (String bad : new String[] {"sig 0", "round 2", "sig 100", "dp -1", "sig", "sig 3 4"}) {
            assertEquals(1, parse("{{ x; " + bad + " }}").problems().size(), bad);
        }
    }
}
