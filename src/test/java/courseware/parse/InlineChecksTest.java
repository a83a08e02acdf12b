package courseware.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import courseware.diag.Diagnostics;
import courseware.diag.Severity;
import courseware.diag.Source;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warning for a '$' that opens no math (docs/authoring.md, "Math"), and what does not trigger it. */
class InlineChecksTest {
    private static List<String> warnings(String paragraph) {
        String text = "---\nid: a\ntitle: A\nmodule: m\norder: 1\n---\n\n## Learning objectives\n\n- One.\n\n## Core content\n\n" + paragraph + "\n";
        Diagnostics d = new Diagnostics();
        new ContentParser().parseLesson(new Source(Path.of("a.md"), "a.md", text), d);
        return d.sorted().stream().filter(x -> x.severity() == Severity.WARNING)
                .map(x -> x.pos().line() + ":" + x.pos().col() + " " + x.message()).toList();
    }

    @Test
    void aDollarBeforeTexThatOpensNoMathIsAWarningAtTheDollar() {
        assertEquals(List.of("14:10 this '$' opens no math (no closing '$' in the paragraph, or a space before it); write '\\$' for a dollar sign"),
                warnings("The rate $\\eta_0 is 0.1 here."));
    }

    @Test
    void dollarsAsMoneyEscapedOrInCodeAreNotReported() {
        assertEquals(List.of(), warnings("A price of $5 and $10, an escaped \\$\\eta, `$\\eta` in code, and $\\eta$ as math."));
    }
}
