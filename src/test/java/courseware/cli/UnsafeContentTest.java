package courseware.cli;

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

/** Content that used to pass and then fail late, or be read when it should not: now a content error, exit 1. */
class UnsafeContentTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/basic");

    @TempDir Path tmp;

    private Path fixtureCopy() throws IOException {
        Path content = Files.createDirectories(tmp.resolve("content"));
        for (String f : new String[] {"course.yml", "01-fixture.md"}) Files.copy(FIXTURE.resolve(f), content.resolve(f));
        return content;
    }

    private Cli.Run build(Path content, Path out) {
        return Cli.run("build", "--content", content.toString(), "--out", out.toString(), "--cache", Golden.testCache().toString());
    }

    @Test
    void aTooLongIdFailsAsContentAtTheIdNotAsAWriteError() throws IOException {
        Path content = fixtureCopy();
        Path lesson = content.resolve("01-fixture.md");
        Files.writeString(lesson, Files.readString(lesson).replace("id: 01-01", "id: " + "x".repeat(300)));
        Path out = tmp.resolve("site");
        Cli.Run run = build(content, out);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(lesson + ":2:5: error: id 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' is 300 characters long"), run.err());
        assertFalse(run.err().contains(".site.new"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aLinkOutOfTheContentFolderIsAContentErrorThatShowsNothingOfTheFile() throws IOException {
        Path content = fixtureCopy();
        Path secret = Files.writeString(tmp.resolve("secret.md"), "root:SECRET-FIRST-LINE\n");
        try {
            Files.createSymbolicLink(content.resolve("leak.md"), secret);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e.getMessage());
        }
        Path out = tmp.resolve("site");
        Cli.Run run = build(content, out);
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(content.resolve("leak.md") + ":1:1: error: symbolic link to a file outside the content folder ('" + secret
                + "'); it was not read: lessons must be inside the content folder, so copy the lesson in\n"
                + "1 error, 0 warnings\ncourseware: failed; nothing was written\n", run.err());
        assertFalse(Files.exists(out));
    }
}
