package courseware.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.testing.Cli;
import courseware.testing.Golden;
import courseware.testing.TestContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** new lesson writes a lesson that passes check --strict as written, and refuses what it must. */
class NewLessonTest {
    @TempDir Path tmp;

    private Path content() throws IOException {
        return TestContent.copy(Path.of("content"), tmp.resolve("content"));
    }

    @Test
    void aPlannedLessonIsWrittenTakenOffThePlanAndPassesStrictCheck() throws IOException {
        Path content = content();
        assertTrue(Files.readString(content.resolve("course.yml")).contains("id: 14-06"), "14-06 is planned in content/");
        // A second planned lesson, to see that only the one written leaves the plan.
        Files.writeString(content.resolve("course.yml"), Files.readString(content.resolve("course.yml")) + "  - id: 16-01\n    title: Later\n");
        Cli.Run made = Cli.run("new", "lesson", "14-06", "Convex sets and functions", "--content", content.toString());
        assertEquals(0, made.exitCode(), made.err());
        Path lesson = content.resolve("14-06-convex-sets-and-functions.md");
        assertTrue(made.out().startsWith("wrote " + lesson + " (and took 14-06 off the plan in course.yml)"), made.out());
        String yaml = Files.readString(content.resolve("course.yml"));
        assertFalse(yaml.contains("14-06") || yaml.contains("Convex sets"), yaml);
        assertTrue(yaml.contains("id: 16-01"), "the other planned lessons stay");

        Cli.Run check = Cli.run("check", "--strict", "--content", content.toString(), "--cache", Golden.testCache().toString());
        assertEquals(0, check.exitCode(), check.err());
        String text = Files.readString(lesson);
        for (String part : new String[] {"## Learning objectives", "## Core content", "## Worked examples", "```compute", "#### Solution",
                "#### Answer", "## Quiz", "kind: single", "kind: numeric", "## Practice problems", "## Key terms", "## Pitfalls", "## Summary"}) {
            assertTrue(text.contains(part), part);
        }
        assertTrue(text.contains("order: 11"), "after the last lesson of its module (order 10)");
    }

    @Test
    void refusesToOverwriteToReuseAnIdAndABadId() throws IOException {
        Path content = content();
        Cli.Run taken = Cli.run("new", "lesson", "14-10", "Again", "--content", content.toString());
        assertEquals(2, taken.exitCode());
        assertTrue(taken.err().startsWith("courseware: error: lesson id '14-10' is already used by "), taken.err());
        Cli.Run bad = Cli.run("new", "lesson", "../x", "Bad", "--content", content.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("may use only letters, digits"), bad.err());
        Cli.Run module = Cli.run("new", "lesson", "99-01", "Elsewhere", "--module", "nope", "--content", content.toString());
        assertEquals(2, module.exitCode());
        assertTrue(module.err().contains("no module 'nope' in course.yml; modules are: optimization"), module.err());

        assertEquals(0, Cli.run("new", "lesson", "99-01", "Once", "--content", content.toString()).exitCode());
        Path written = content.resolve("99-01-once.md");
        Files.writeString(written, "mine");
        Cli.Run again = Cli.run("new", "lesson", "99-01", "Once", "--content", content.toString());
        assertEquals(2, again.exitCode());
        assertEquals("mine", Files.readString(written), "never overwritten");
    }
}
