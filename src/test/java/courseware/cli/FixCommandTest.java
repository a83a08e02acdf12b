package courseware.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.testing.Cli;
import courseware.testing.Golden;
import courseware.testing.TestContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check --fix rewrites only the wrong numbers, prints a unified diff, and the content checks again. */
class FixCommandTest {
    @TempDir Path tmp;

    private Path lesson() throws IOException {
        Path content = TestContent.copy(Path.of("src/test/resources/fixtures/checks"), tmp.resolve("content"));
        Path lesson = content.resolve("01-checks.md");
        String text = Files.readString(lesson);
        Files.writeString(lesson, text.replace("{{eta ~ 0.0146}}", "{{eta ~ 0.0164}}").replace(".x ~ 4.578 }}", ".x ~ 4.5 }}"));
        return lesson;
    }

    private Cli.Run check(Path lesson, String... extra) {
        String[] base = {"check", "--content", lesson.getParent().toString(), "--cache", Golden.testCache().toString()};
        return Cli.run(Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new));
    }

    @Test
    void dryRunPrintsTheDiffAndChangesNothing() throws IOException {
        Path lesson = lesson();
        String before = Files.readString(lesson);
        Cli.Run run = check(lesson, "--fix", "--dry-run");
        assertEquals(1, run.exitCode(), run.err());
        String display = lesson.getParent().resolve("01-checks.md").toString();
        assertEquals("--- a/" + display + "\n+++ b/" + display + "\n"
                + "@@ -36,1 +36,1 @@\n-$\\eta_{ {{k}} } \\approx {{eta ~ 0.0164}}$\n+$\\eta_{ {{k}} } \\approx {{eta ~ 0.0146}}$\n"
                + "@@ -74,1 +74,1 @@\n-$x \\approx {{ gd(\"sin(x) + 0.2*x\", 5.0, 0.01, 200).x ~ 4.5 }}$\n"
                + "+$x \\approx {{ gd(\"sin(x) + 0.2*x\", 5.0, 0.01, 200).x ~ 4.6 }}$\n", run.out());
        assertTrue(run.err().contains("would fix 2 answers in 1 files (dry run: nothing changed)"), run.err());
        assertEquals(before, Files.readString(lesson));
    }

    @Test
    void fixTouchesOnlyTheWrongNumbersAndTheContentChecksAgain() throws IOException {
        Path lesson = lesson();
        String before = Files.readString(lesson);
        Cli.Run run = check(lesson, "--fix");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("fixed 2 answers in 1 files; checking again"), run.err());
        assertEquals(before.replace("{{eta ~ 0.0164}}", "{{eta ~ 0.0146}}").replace(".x ~ 4.5 }}", ".x ~ 4.6 }}"), Files.readString(lesson));
        assertEquals(0, check(lesson).exitCode());
    }

    @Test
    void dryRunWithoutFixIsAUsageError() throws IOException {
        assertEquals(2, check(lesson(), "--dry-run").exitCode());
    }
}
