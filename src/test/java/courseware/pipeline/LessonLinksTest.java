package courseware.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.testing.Cli;
import courseware.testing.Golden;
import courseware.testing.TestContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One lesson links to another by its .md file, as a code host reads it; the site links the page. */
class LessonLinksTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/basic");

    @TempDir Path tmp;

    private Path content(String link) throws IOException {
        Path content = TestContent.copy(FIXTURE, tmp.resolve("content"));
        assertEquals(0, Cli.run("new", "lesson", "02-01", "Second lesson", "--content", content.toString()).exitCode());
        Path lesson = content.resolve("01-fixture.md");
        Files.writeString(lesson, Files.readString(lesson)
                .replace("with $x^2$ inline.", "with $x^2$ inline; see " + link + ".")
                .replace(": The vector of partial derivatives.", ": The vector of partial derivatives (" + link + ")."));
        return content;
    }

    private BuildReport build(Path content) throws IOException {
        return Build.writeOnce(new BuildOptions(content, Path.of("templates"), tmp.resolve("site"), Golden.testCache(), true));
    }

    @Test
    void aLinkToAnotherLessonsFileBecomesALinkToItsPage() throws IOException {
        BuildReport report = build(content("[the second lesson](02-01-second-lesson.md#core-content)"));
        assertEquals(List.of(), report.diagnostics().sorted());
        String lesson = Files.readString(tmp.resolve("site/lessons/01-01.html"));
        assertTrue(lesson.contains("<a href=\"02-01.html#core-content\">the second lesson</a>"), "from a lesson page, a sibling page");
        String glossary = Files.readString(tmp.resolve("site/glossary.html"));
        assertTrue(glossary.contains("<a href=\"lessons/02-01.html#core-content\">the second lesson</a>"), "from the glossary, in lessons/");
        assertTrue(!lesson.contains(".md\""), "no link to a Markdown file is left");
    }

    @Test
    void aMarkdownFileThatIsNoLessonIsRefused() throws IOException {
        Path content = content("[the readme](../README.md)");
        Files.writeString(tmp.resolve("README.md"), "# not a lesson\n");
        List<String> errors = build(content).diagnostics().sorted().stream().map(d -> d.message()).toList();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("link to '../README.md', which is not a lesson file of this course"), errors.toString());
    }

    @Test
    void aPercentEncodedNameIsReadAsACodeHostReadsIt() throws IOException {
        BuildReport encoded = build(content("[the second lesson](02-01%2Dsecond-lesson.md)"));
        assertEquals(List.of(), encoded.diagnostics().sorted());
        assertTrue(Files.readString(tmp.resolve("site/lessons/01-01.html")).contains("<a href=\"02-01.html\">the second lesson</a>"));
    }

    @Test
    void aLessonRenamedWhileTheBuildLivesOnIsReportedWhereItIsLinked() throws IOException {
        Path content = content("[the second lesson](02-01-second-lesson.md)");
        try (Build build = new Build(new BuildOptions(content, Path.of("templates"), tmp.resolve("site"), Golden.testCache(), true))) {
            assertEquals(List.of(), build.write().diagnostics().sorted());
            Files.move(content.resolve("02-01-second-lesson.md"), content.resolve("02-01-renamed.md"));
            List<String> errors = build.check().diagnostics().sorted().stream().map(d -> d.message()).toList();
            assertEquals(2, errors.size(), "both links of the unchanged lesson: " + errors);
            assertTrue(errors.get(0).startsWith("link to '02-01-second-lesson.md', which is not a lesson file"), errors.toString());
        }
    }

    @Test
    void aLinkToALessonFileThatIsNotThereIsAnErrorAtTheLink() throws IOException {
        BuildReport report = build(content("[the lost lesson](02-02-lost.md)"));
        List<String> errors = report.diagnostics().sorted().stream().map(d -> d.pos().line() + ":" + d.pos().col() + ": " + d.message()).toList();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).matches("11:\\d+: link to '02-02-lost.md', which is not a lesson file of this course; link to another lesson by its .md file, as named in the content folder"),
                errors.toString());
        assertTrue(report.failed());
    }
}
