package courseware.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import courseware.testing.Cli;
import courseware.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No escape sequences when the output is not a terminal: the tests' output is a StringWriter, as a
 * pipe or a CI log is. (On a terminal only picocli's help has colour, and picocli's Ansi.AUTO drops
 * it under NO_COLOR: checked by hand with script(1), see docs/authoring.md "Diagnostics".)
 */
class TerminalMannersTest {
    @TempDir Path tmp;

    private static void assertNoEscape(Cli.Run run) {
        assertFalse(run.out().contains("\u001b") || run.err().contains("\u001b"), run.out() + run.err());
    }

    @Test
    void helpAndUsageErrorsHaveNoEscapes() {
        assertNoEscape(Cli.run("--help"));
        assertNoEscape(Cli.run("build", "--help"));
        Cli.Run bad = Cli.run("build", "--no-such-option");
        assertEquals(2, bad.exitCode());
        assertNoEscape(bad);
    }

    @Test
    void anEscapeInALessonDoesNotReachTheTerminal() throws IOException {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Files.writeString(content.resolve("course.yml"), "title: T\nmodules:\n  - id: m\n    title: M\n");
        Files.writeString(content.resolve("a.md"), "---\nid: a\ntitle: T\nmodule: m\norder: 1\ncolour\u001b[31m: red\n---\n\n"
                + "## Learning objectives\n\n- One.\n\n## Core content\n\nText \u001b]0;title\u0007.\n");
        Cli.Run run = Cli.run("check", "--content", content.toString(), "--cache", Golden.testCache().toString());
        assertEquals(1, run.exitCode(), run.err());
        assertNoEscape(run);
    }
}
