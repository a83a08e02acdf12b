package courseware.load;

import courseware.diag.Diagnostics;
import courseware.diag.Pos;
import courseware.diag.Source;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a symbolic link in the content folder stands for. A link is followed only to a lesson
 * inside the folder: a build reads what the course holds and nothing else, so a link out of it
 * (to {@code /etc/passwd}, say, in a contributed change) is refused before any byte is read, and
 * its messages show the link, never what it leads to. A link that leads nowhere is an error, not
 * a lesson quietly missing from the site.
 */
final class Links {
    private Links() {}

    /** The real file to read for the lesson link {@code link}, or empty (with any problem reported). */
    static Optional<Path> lessonBehind(Path link, Path root, Diagnostics diagnostics) throws IOException {
        boolean lessonName = link.getFileName().toString().endsWith(".md");
        Path real;
        try {
            real = link.toRealPath();
        } catch (NoSuchFileException e) {
            if (lessonName) {
                diagnostics.error(at(link), "this lesson is a symbolic link to " + target(link)
                        + ", which does not exist; restore the file or remove the link");
            }
            return Optional.empty();
        } catch (FileSystemException e) {
            if (lessonName) diagnostics.error(at(link), "this symbolic link cannot be followed: " + e.getReason());
            return Optional.empty();
        }
        boolean folder = Files.isDirectory(real);
        if (!lessonName && !folder) return Optional.empty(); // not a lesson, and not read
        if (!real.startsWith(root)) {
            diagnostics.error(at(link), "symbolic link to " + (folder ? "a folder" : "a file") + " outside the content folder ("
                    + target(link) + "); it was not read: lessons must be inside the content folder, so copy "
                    + (folder ? "its lessons" : "the lesson") + " in");
            return Optional.empty();
        }
        if (folder) {
            diagnostics.warning(at(link), "symbolic link to a folder is not followed: each lesson is read once,"
                    + " where it really is in the content folder (unless that is a hidden folder)");
            return Optional.empty();
        }
        return Files.isRegularFile(real) ? Optional.of(real) : Optional.empty();
    }

    /** A message position for a file that is not read: the path alone, no source line. */
    private static Pos at(Path link) {
        return new Source(link, link.normalize().toString(), "").pos(1, 1);
    }

    /** The link's target as written in the link (a path the author chose, not file content). */
    private static String target(Path link) throws IOException {
        return "'" + Files.readSymbolicLink(link) + "'";
    }
}
