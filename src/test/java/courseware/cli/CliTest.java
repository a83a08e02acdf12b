package courseware.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.testing.Cli;
import courseware.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit-code contract and the promise that a failed build leaves the previous site alone. */
class CliTest {
    private static final String FIXTURE = "src/test/resources/fixtures/basic";
    private static final String CACHE = Golden.testCache().toString();

    @TempDir Path tmp;

    private Cli.Run build(String content, Path out, String... more) {
        String[] base = {"build", "--content", content, "--out", out.toString(), "--cache", CACHE};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return Cli.run(args);
    }

    @Test
    void buildWritesTheSiteAndExitsZero() {
        Path out = tmp.resolve("site");
        Cli.Run run = build(FIXTURE, out);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("built " + out), run.out());
        for (String f : new String[] {"index.html", "lessons/01-01.html", "assets/style.css", "katex/katex.min.css", ".courseware-site"}) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
    }

    @Test
    void aSecondBuildTypesetsNothingNew() {
        build(FIXTURE, tmp.resolve("one"));
        Cli.Run again = build(FIXTURE, tmp.resolve("two"));
        assertTrue(again.out().contains("math: 0 typeset"), again.out());
    }

    @Test
    void contentErrorsExitOneAndLeaveThePreviousSiteUntouched() throws IOException {
        Path out = tmp.resolve("site");
        assertEquals(0, build(FIXTURE, out).exitCode());
        byte[] before = Files.readAllBytes(out.resolve("lessons/01-01.html"));

        Cli.Run failed = build("src/test/resources/errors/latex-and-yaml/content", out);
        assertEquals(1, failed.exitCode());
        assertTrue(failed.err().contains("error: 'minutes' must be a whole number"), failed.err());
        assertTrue(failed.err().contains("error: LaTeX error: Undefined control sequence: \\undefinedcommand"), failed.err());
        assertFalse(failed.err().contains("\tat "), "no stack trace");
        assertArrayEquals(before, Files.readAllBytes(out.resolve("lessons/01-01.html")));
        assertFalse(Files.exists(out.resolve("lessons/a.html")));
    }

    @Test
    void checkWritesNothing() {
        Path out = tmp.resolve("site");
        Cli.Run run = Cli.run("check", "--content", FIXTURE, "--out", out.toString(), "--cache", CACHE);
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, Cli.run().exitCode(), "no command");
        Cli.Run unknown = Cli.run("build", "--contnet", "x");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("--contnet"), unknown.err());
        assertEquals(2, Cli.run("publish").exitCode());
    }

    @Test
    void ioProblemsExitTwoWithOneClearLine() {
        Cli.Run missing = Cli.run("check", "--content", tmp.resolve("nope").toString(), "--cache", CACHE);
        assertEquals(2, missing.exitCode());
        assertEquals("courseware: error: " + tmp.resolve("nope") + ": content folder not found\n", missing.err());
    }

    @Test
    void refusesToWriteOverTheContentFolder() {
        Cli.Run run = build(FIXTURE, Path.of(FIXTURE));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("refusing to write the site"), run.err());
        assertTrue(Files.exists(Path.of(FIXTURE, "course.yml")));
    }

    private Path templatesWith(String lesson) throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        for (String t : new String[] {"layout.ftlh", "index.ftlh", "glossary.ftlh"}) Files.copy(Path.of("templates", t), templates.resolve(t));
        Files.writeString(templates.resolve("lesson.ftlh"), lesson);
        return templates;
    }

    @Test
    void aBrokenTemplateIsAUsageErrorInOneLineAtItsPlace() throws IOException {
        Path templates = templatesWith("<h1>\n${lesson.nosuchfield}</h1>");
        Cli.Run run = build(FIXTURE, tmp.resolve("site"), "--templates", templates.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("courseware: error: " + templates.resolve("lesson.ftlh") + ":2:3: template error: "), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(Files.exists(tmp.resolve("site")));
    }

    @Test
    void aTemplateSyntaxErrorIsFoundByCheckToo() throws IOException {
        Path templates = templatesWith("<#if>");
        Cli.Run run = Cli.run("check", "--content", FIXTURE, "--cache", CACHE, "--templates", templates.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("courseware: error: " + templates.resolve("lesson.ftlh") + ":1:"), run.err());
        assertTrue(run.err().contains("template syntax error"), run.err());
        Cli.Run missing = Cli.run("check", "--content", FIXTURE, "--cache", CACHE, "--templates", tmp.resolve("none").toString());
        assertEquals(2, missing.exitCode());
        assertEquals("courseware: error: " + tmp.resolve("none") + ": templates folder not found\n", missing.err());
    }

    @Test
    void verboseShowsTheStackTraceOfAnIoFailure() throws IOException {
        Path file = Files.writeString(tmp.resolve("afile"), "x");
        Cli.Run quiet = build(FIXTURE, file);
        assertEquals(2, quiet.exitCode());
        assertEquals(1, quiet.err().lines().count(), quiet.err());
        Cli.Run verbose = build(FIXTURE, file, "--verbose");
        assertTrue(verbose.err().contains("\tat courseware."), verbose.err());
    }

    @Test
    void aWrongAnswerFailsTheBuildAndStillWritesTheReports() throws IOException {
        Path junit = tmp.resolve("reports/junit.xml");
        Path json = tmp.resolve("reports/report.json");
        Cli.Run run = build("src/test/resources/errors/checks/content", tmp.resolve("site"),
                "--report", "junit=" + junit, "--report", "json=" + json);
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("error: stated 0.0164 but the engine gives 0.014644660940672627"), run.err());
        assertTrue(Files.readString(junit).contains("<failure message=\"stated 0.0164 but the engine gives"));
        assertTrue(Files.readString(json).contains("\"ok\" : false"));
    }

    @Test
    void githubAnnotationsGoToStandardOutput() {
        Cli.Run run = Cli.run("check", "--content", "src/test/resources/errors/checks/content", "--cache", CACHE,
                "--github-annotations");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("::error file=src/test/resources/errors/checks/content/a.md,line=42,col=23::stated 0.0164"),
                run.out());
    }

    @Test
    void aMalformedReportOptionIsAUsageError() {
        Cli.Run run = Cli.run("check", "--content", FIXTURE, "--cache", CACHE, "--report", "xml=out.xml");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--report takes junit=PATH or json=PATH"), run.err());
    }
}
