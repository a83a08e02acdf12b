package courseware.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.diag.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
    @TempDir Path dir;

    private Path write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void readsEveryLessonSortedByPathAndSkipsHiddenFiles() throws IOException {
        write("course.yml", "title: T\n");
        write("b.md", "b");
        write("a/z.md", "z");
        write("a.md", "a");
        write(".drafts/x.md", "hidden folder");
        write(".y.md", "hidden file");
        write("notes.txt", "not markdown");
        Content content = new ContentLoader().load(dir, new courseware.diag.Diagnostics());
        assertEquals(List.of("a.md", "a/z.md", "b.md"),
                content.lessons().stream().map(s -> dir.relativize(s.path()).toString()).toList());
        assertEquals("title: T\n", content.courseFile().text());
    }

    @Test
    void normalisesLineEndingsAndDropsAByteOrderMark() throws IOException {
        write("course.yml", "title: T\n");
        write("a.md", "\uFEFFline one\r\nline two\r\n");
        Source a = new ContentLoader().load(dir, new courseware.diag.Diagnostics()).lessons().get(0);
        assertEquals("line one\nline two\n", a.text());
    }

    @Test
    void displayPathsUseTheFolderAsTheUserNamedIt() throws IOException {
        write("course.yml", "title: T\n");
        write("a.md", "a");
        Source a = new ContentLoader().load(dir, new courseware.diag.Diagnostics()).lessons().get(0);
        assertEquals(dir.resolve("a.md").toString(), a.displayPath());
    }

    @Test
    void missingFolderOrCourseFileIsAnIoProblemWithAClearMessage() throws IOException {
        NoSuchFileException noDir = assertThrows(NoSuchFileException.class, () -> new ContentLoader().load(dir.resolve("nope"), new courseware.diag.Diagnostics()));
        assertEquals("content folder not found", noDir.getReason());
        NoSuchFileException noCourse = assertThrows(NoSuchFileException.class, () -> new ContentLoader().load(dir, new courseware.diag.Diagnostics()));
        assertTrue(noCourse.getReason().contains("needs a course.yml"), noCourse.getReason());
    }

    @Test
    void aLessonThatIsNotUtf8IsAContentErrorAtItsFirstBadByteAndTheOthersAreStillRead() throws IOException {
        write("course.yml", "title: T\n");
        write("b.md", "fine");
        Files.write(dir.resolve("a.md"), "line one\ncaf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        courseware.diag.Diagnostics d = new courseware.diag.Diagnostics();
        Content content = new ContentLoader().load(dir, d);
        assertEquals(1, content.lessons().size());
        assertEquals(1, d.errorCount());
        courseware.diag.Diagnostic error = d.sorted().get(0);
        assertEquals(dir.resolve("a.md") + ":2:4", error.pos().toString());
        assertTrue(error.message().startsWith("this file is not UTF-8 text"), error.message());
    }

    /** Symbolic links are made here at run time (git stores them oddly); skipped where the file system has none. */
    private static void link(Path link, Path target) throws IOException {
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e.getMessage());
        }
    }

    private static String only(courseware.diag.Diagnostics d) {
        assertEquals(1, d.sorted().size(), d.sorted().toString());
        courseware.diag.Diagnostic problem = d.sorted().get(0);
        return problem.headline();
    }

    @Test
    void aLessonLinkThatLeadsNowhereIsAnErrorAtTheLink() throws IOException {
        write("course.yml", "title: T\n");
        write("a.md", "a");
        link(dir.resolve("gone.md"), Path.of("moved-away.md"));
        courseware.diag.Diagnostics d = new courseware.diag.Diagnostics();
        Content content = new ContentLoader().load(dir, d);
        assertEquals(1, content.lessons().size());
        assertEquals(dir.resolve("gone.md") + ":1:1: error: this lesson is a symbolic link to 'moved-away.md', which does not exist;"
                + " restore the file or remove the link", only(d));
    }

    @Test
    void aLinkToAFileOutsideTheContentFolderIsRefusedAndNothingOfItIsShown(@TempDir Path outside) throws IOException {
        write("course.yml", "title: T\n");
        Path secret = Files.writeString(outside.resolve("secret.md"), "root:SECRET-FIRST-LINE\n");
        link(dir.resolve("a.md"), secret);
        courseware.diag.Diagnostics d = new courseware.diag.Diagnostics();
        Content content = new ContentLoader().load(dir, d);
        assertEquals(List.of(), content.lessons());
        String message = only(d);
        assertTrue(message.startsWith(dir.resolve("a.md") + ":1:1: error: symbolic link to a file outside the content folder"), message);
        assertFalse(message.contains("SECRET"), message);
        assertEquals("", d.sorted().get(0).pos().source().text(), "no line of the target is kept to print");
    }

    @Test
    void aLinkToAFolderOutsideIsRefusedToo(@TempDir Path outside) throws IOException {
        write("course.yml", "title: T\n");
        Files.writeString(outside.resolve("lesson.md"), "outside");
        link(dir.resolve("shared"), outside);
        courseware.diag.Diagnostics d = new courseware.diag.Diagnostics();
        assertEquals(List.of(), new ContentLoader().load(dir, d).lessons());
        assertTrue(only(d).startsWith(dir.resolve("shared") + ":1:1: error: symbolic link to a folder outside the content folder"));
    }

    @Test
    void aLinkToALessonInsideIsReadUnderTheLinksName() throws IOException {
        write("course.yml", "title: T\n");
        write("real/a.md", "a");
        link(dir.resolve("b.md"), Path.of("real/a.md"));
        courseware.diag.Diagnostics d = new courseware.diag.Diagnostics();
        Content content = new ContentLoader().load(dir, d);
        assertEquals(List.of(), d.sorted());
        assertEquals(List.of(dir.resolve("b.md").toString(), dir.resolve("real/a.md").toString()),
                content.lessons().stream().map(Source::displayPath).toList());
    }

    @Test
    void aLinkToAFolderInsideIsNotFollowedAndSaysSo() throws IOException {
        write("course.yml", "title: T\n");
        write("real/a.md", "a");
        link(dir.resolve("alias"), Path.of("real"));
        courseware.diag.Diagnostics d = new courseware.diag.Diagnostics();
        assertEquals(1, new ContentLoader().load(dir, d).lessons().size(), "each lesson once");
        assertTrue(only(d).startsWith(dir.resolve("alias") + ":1:1: warning: symbolic link to a folder is not followed"));
    }

    @Test
    void aContentFolderNamedThroughALinkIsReadUnderThatName() throws IOException {
        write("real/course.yml", "title: T\n");
        write("real/a.md", "a");
        Path named = dir.resolve("content");
        link(named, Path.of("real"));
        courseware.diag.Diagnostics d = new courseware.diag.Diagnostics();
        Content content = new ContentLoader().load(named, d);
        assertEquals(List.of(named.resolve("a.md").toString()), content.lessons().stream().map(Source::displayPath).toList());
    }

    @Test
    void aCourseFileLinkedFromOutsideIsRefused(@TempDir Path outside) throws IOException {
        Path course = Files.writeString(outside.resolve("course.yml"), "title: T\n");
        link(dir.resolve("course.yml"), course);
        IOException e = assertThrows(IOException.class, () -> new ContentLoader().load(dir, new courseware.diag.Diagnostics()));
        assertTrue(e.getMessage().contains("refusing to read a symbolic link to a file outside the content folder"), e.getMessage());
    }
}
