package courseware.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.testing.Cli;
import courseware.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs too big for golden files, generated here: each must fail with one clear message (or a
 * bounded amount of output), never by exhausting time or memory.
 */
class HugeInputTest {
    private static final String FRONT = "---\nid: a\ntitle: T\nmodule: m\norder: 1\n---\n";
    private static final String BODY = "\n## Learning objectives\n\n- One.\n\n## Core content\n\n";

    @TempDir Path dir;

    private Cli.Run check(String lesson, String... more) throws IOException {
        Files.writeString(dir.resolve("course.yml"), "title: T\nmodules:\n  - id: m\n    title: M\n");
        Files.writeString(dir.resolve("a.md"), lesson);
        String[] base = {"check", "--content", dir.toString(), "--cache", Golden.testCache().toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return Cli.run(args);
    }

    @Test
    void aLessonOverOneMebibyteIsRefusedUnread() throws IOException {
        Cli.Run run = check("---\nid: a\ntitle: " + "A".repeat(4_000_000) + "\nmodule: m\norder: 1\n---\n" + BODY);
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(dir.resolve("a.md") + ":1:1: error: this file is 3.8 MiB (4000091 bytes); a lesson may have at most"
                + " 1048576 bytes (1 MiB): split it into several lessons\n1 error, 0 warnings\n"
                + "courseware: failed; nothing was written\n", run.err());
    }

    @Test
    void aCourseFileOverOneMebibyteIsAnInputProblem() throws IOException {
        Files.writeString(dir.resolve("course.yml"), "title: " + "T".repeat(1_100_000) + "\n");
        Cli.Run run = Cli.run("check", "--content", dir.toString(), "--cache", Golden.testCache().toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("courseware: error: " + dir.resolve("course.yml")
                + ": 1100008 bytes; a content file may have at most 1048576 bytes (1 MiB)\n", run.err());
    }

    @Test
    void aMegabyteTitleIsRefusedBeforeYamlReadsIt() throws IOException {
        Cli.Run run = check("---\nid: a\ntitle: " + "A".repeat(1_000_000) + "\nmodule: m\norder: 1\n---\n" + BODY);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(dir.resolve("a.md") + ":3:1: error: this line is 1000007 characters long;"
                + " a line of YAML may have at most 10000\n"), run.err());
        assertTrue(run.err().length() < 1_000, "one windowed line, not the megabyte");
    }

    @Test
    void aComputeLineWithAMegabyteOfSpacesIsOneErrorAtItsExpression() throws IOException {
        // A pattern over the whole line used to backtrack quadratically on the spaces.
        Cli.Run run = check(FRONT + BODY + "```compute\nx = 1" + " ".repeat(900_000) + "+ 1\n```\n\nThen {{ x ~ 2 }}.\n");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(dir.resolve("a.md") + ":15:5: error: this expression is 900004 characters long;"
                + " an expression may have at most 10000\n"), run.err());
        assertTrue(run.err().endsWith("\n1 error, 0 warnings\ncourseware: failed; nothing was written\n"), "no follow-on error");
    }

    @Test
    void aHundredThousandErrorsOnOneLinePrintAFewKilobytesAndTheReportKeepsAll() throws IOException {
        Path json = dir.resolve("out/report.json");
        Cli.Run run = check(FRONT + BODY + "{{ n }} ".repeat(100_000) + "\n", "--report", "json=" + json);
        assertEquals(1, run.exitCode());
        assertTrue(run.err().length() < 20_000, "printed " + run.err().length() + " characters");
        assertTrue(run.err().endsWith("... and 99975 more errors in " + dir.resolve("a.md") + "\n"
                + "100000 errors, 0 warnings\ncourseware: failed; nothing was written\n"), run.err());
        String report = Files.readString(json);
        assertEquals(100_000, report.split("\"unknown name 'n'; declare it", -1).length - 1);
    }
}
