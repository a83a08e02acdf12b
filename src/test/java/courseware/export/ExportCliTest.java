package courseware.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.testing.Cli;
import courseware.testing.Golden;
import courseware.testing.TestContent;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code courseware export}: exit codes, positioned refusals, nothing written on refusal, the same bytes twice. */
class ExportCliTest {
    private static final String CACHE = Golden.testCache().toString();
    @TempDir Path tmp;

    private Cli.Run export(String content, Path out, String... more) {
        String[] base = {"export", more[0], "--content", content, "--out", out.toString(), "--cache", CACHE};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length - 1);
        System.arraycopy(more, 1, args, base.length, more.length - 1);
        return Cli.run(args);
    }

    @Test
    void qtiOfTheRealContentIsWrittenAndTheSameTwice() throws Exception {
        Cli.Run one = export("content", tmp.resolve("a.zip"), "qti");
        assertEquals(0, one.exitCode(), one.err());
        assertTrue(one.out().startsWith("exported IMS QTI 2.1 to "), one.out());
        Cli.Run two = export("content", tmp.resolve("b.zip"), "qti");
        assertEquals(0, two.exitCode(), two.err());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a.zip")), Files.readAllBytes(tmp.resolve("b.zip")));
        ExportSupport.validatePackage(ExportSupport.unzip(Files.readAllBytes(tmp.resolve("a.zip"))));
    }

    @Test
    void moodleRefusesHalfOpenIntervalsAtTheStatedAnswerAndWritesNothing() {
        Path out = tmp.resolve("m.xml");
        Cli.Run run = export("content", out, "moodle");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().matches("(?s).*content/[^:]+\\.md:\\d+:\\d+: error: Moodle XML export: the answer accepts \\[[^ ]+, [^ ]+\\) \\(its written precision\\), a half-open interval.*"), run.err());
        assertTrue(run.err().contains("an explicit closed absolute tolerance"), run.err());
        assertTrue(run.err().contains("--closed-ends"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void moodleWithClosedEndsExportsAndNotesTheChangedEnds() throws Exception {
        Path out = tmp.resolve("m.xml");
        Cli.Run run = export("content", out, "moodle", "--closed-ends");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains(": note: Moodle XML export: exported as ["), run.err());
        String xml = Files.readString(out);
        assertTrue(xml.contains("<question type=\"numerical\">") && xml.contains("<tolerance>") && xml.contains("<![CDATA["), xml);
        Cli.Run again = export("content", tmp.resolve("m2.xml"), "moodle", "--closed-ends");
        assertEquals(0, again.exitCode());
        assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(tmp.resolve("m2.xml")));
    }

    @Test
    void relativeAndSigFigTolerancesAreRefusedForMoodle() throws Exception {
        Path content = TestContent.copy(ExportSupport.FIXTURE, tmp.resolve("content"));
        Path lesson = content.resolve("01-fixture.md");
        Files.writeString(lesson, Files.readString(lesson).replace("answer: \"{{ w1 ~ 0.8 }}\"", "answer: \"{{ w1 ~ 0.8; rel 1% }}\""));
        Cli.Run run = export(content.toString(), tmp.resolve("m.xml"), "moodle", "--closed-ends");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("01-fixture.md:88:"), run.err());
        assertTrue(run.err().contains("error: Moodle XML export: the answer's relative tolerance"), run.err());
        assertFalse(Files.exists(tmp.resolve("m.xml")));
        // QTI keeps it: a closed interval is two comparisons.
        assertEquals(0, export(content.toString(), tmp.resolve("q.zip"), "qti").exitCode());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, export("content", tmp.resolve("x"), "scorm").exitCode());
        assertEquals(2, export("content", tmp.resolve("x"), "qti", "--closed-ends").exitCode());
        Cli.Run unknown = export("content", tmp.resolve("x"), "qti", "--lesson", "no-such-lesson");
        assertEquals(2, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().contains("no lesson 'no-such-lesson'"), unknown.err());
    }

    @Test
    void aCourseThatFailsCheckExportsNothing() {
        Cli.Run run = export("src/test/resources/errors/latex-and-yaml/content", tmp.resolve("q.zip"), "qti");
        assertEquals(1, run.exitCode());
        assertFalse(Files.exists(tmp.resolve("q.zip")));
    }
}
