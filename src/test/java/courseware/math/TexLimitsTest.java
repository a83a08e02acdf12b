package courseware.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Math too long or too deep fails at its place without reaching KaTeX (which ran past 60 s on both). */
class TexLimitsTest {

    @Test
    void aMegabyteOfMathFailsAtItsStart() {
        MathResult.Failed f = TexLimits.check("x+".repeat(500_000)).orElseThrow();
        assertEquals("this expression is 1000000 characters long; math may have at most 3000 characters per expression: split it",
                f.message());
        assertEquals(0, f.offset());
    }

    @Test
    void fracsNestedTwoThousandDeepFailWhereTheyPassTheLimit() {
        String tex = "\\frac{1}{".repeat(2000) + "x" + "}".repeat(2000);
        MathResult.Failed f = TexLimits.check(tex.substring(0, 2_900)).orElseThrow();
        assertEquals("groups nest more than 32 deep here (braces, \\left...\\right, \\begin...\\end); math may nest at most 32 deep",
                f.message());
        assertEquals("\\frac{1}{".length() * 32 + "\\frac".length(), f.offset()); // the 33rd level's first brace
    }

    @Test
    void leftRightAndEnvironmentsCountEscapedBracesAndCommentsDoNot() {
        assertTrue(TexLimits.check("\\left(".repeat(32) + "x" + "\\right)".repeat(32)).isEmpty());
        assertTrue(TexLimits.check("\\left(".repeat(33) + "x" + "\\right)".repeat(33)).isPresent());
        assertTrue(TexLimits.check("\\begin{matrix}".repeat(31) + "x" + "\\end{matrix}".repeat(31)).isEmpty());
        assertTrue(TexLimits.check("\\begin{matrix}".repeat(32) + "x" + "\\end{matrix}".repeat(32)).isPresent());
        assertTrue(TexLimits.check("\\{".repeat(500) + "\\\\{x}" + "\\}".repeat(500)).isEmpty());
        assertTrue(TexLimits.check("x % " + "{".repeat(100) + "\ny").isEmpty());
        assertTrue(TexLimits.check("{".repeat(32) + "x" + "}".repeat(32)).isEmpty());
    }

    @Test
    void refusedMathNeverReachesTheRenderer() {
        MathStageTest.FakeRenderer fake = new MathStageTest.FakeRenderer("fp");
        MathStage stage = new MathStage(MathCache.inMemory(), fake);
        MathRequest deep = new MathRequest("{".repeat(1000) + "x" + "}".repeat(1000), false);
        MathRequest ok = new MathRequest("x", false);
        Map<MathRequest, MathResult> out = stage.renderAll(List.of(deep, ok));
        assertTrue(out.get(deep) instanceof MathResult.Failed f && f.offset() == 32, out.get(deep).toString());
        assertEquals(List.of(ok), fake.calls);
        assertEquals(1, stage.failures());
    }
}
