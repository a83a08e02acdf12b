package courseware.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import courseware.diag.Source;

/**
 * Reads {@code course.yml} and every {@code *.md} file below the content folder. Files are
 * sorted by relative path so every run sees them in the same order; hidden files are skipped.
 * Symbolic links are read only when they lead to a lesson inside the folder (see {@link Links}).
 */
public final class ContentLoader {
    public static final String COURSE_FILE = "course.yml";
    /**
     * Largest lesson or course file, in bytes: 28 times today's largest lesson (37 KB). Each stage's
     * cost grows with a file's size, so a file past this (a pasted data dump, a runaway generator)
     * is refused before it is read.
     */
    public static final long MAX_FILE_BYTES = 1L << 20;

    /**
     * @param contentDir the folder as the user named it; messages show paths under this name
     * @param diagnostics receives lessons that cannot be read as text or are symbolic links that
     *                    lead nowhere or out of the folder (the others are still read)
     * @throws IOException when the folder or a file cannot be read (a usage or I/O problem, not content)
     */
    public Content load(Path contentDir, courseware.diag.Diagnostics diagnostics) throws IOException {
        if (!Files.isDirectory(contentDir)) {
            throw new NoSuchFileException(contentDir.toString(), null, "content folder not found");
        }
        // Walked by its real path: Files.walk does not enter a start folder that is a link.
        Path root = contentDir.toRealPath();
        Path courseFile = contentDir.resolve(COURSE_FILE);
        if (!Files.isRegularFile(courseFile)) {
            throw new NoSuchFileException(courseFile.toString(), null,
                    "every content folder needs a " + COURSE_FILE + " (see docs/authoring.md)");
        }
        if (!courseFile.toRealPath().startsWith(root)) {
            throw new IOException(courseFile + ": refusing to read a symbolic link to a file outside the content folder");
        }
        List<Path> found;
        try (Stream<Path> walk = Files.walk(root)) {
            found = walk.filter(p -> !isHidden(root.relativize(p)))
                    .filter(p -> Files.isSymbolicLink(p)
                            || p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> contentDir.resolve(root.relativize(p).toString()))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<Source> lessons = new java.util.ArrayList<>();
        for (Path p : found) {
            try {
                Optional<Path> real = Files.isSymbolicLink(p) ? Links.lessonBehind(p, root, diagnostics) : Optional.of(p);
                if (real.isPresent()) lessons.add(read(p, real.get()));
            } catch (NotUtf8 e) {
                diagnostics.error(e.at, "this file is not UTF-8 text (first bad byte here); save it as UTF-8");
            } catch (TooLarge e) {
                diagnostics.error(new Source(p, p.normalize().toString(), "").pos(1, 1), "this file is " + e.size()
                        + "; a lesson may have at most " + MAX_FILE_BYTES + " bytes (1 MiB): split it into several lessons");
            }
        }
        return new Content(read(courseFile, courseFile), lessons);
    }

    /** A file that is not UTF-8; {@code at} is where its first bad byte is. */
    static final class NotUtf8 extends IOException {
        private static final long serialVersionUID = 1L;

        /** Transient: a Pos is not serializable, and this exception never leaves the loader anyway. */
        final transient courseware.diag.Pos at;

        NotUtf8(Path file, courseware.diag.Pos at) {
            super(file + ": not valid UTF-8 text");
            this.at = at;
        }
    }

    /**
     * A file over {@link #MAX_FILE_BYTES}; for course.yml this is an I/O-style failure (exit 2),
     * like a course.yml that is not UTF-8, as nothing can be checked without it.
     */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        final long bytes;

        TooLarge(Path file, long bytes) {
            super(file + ": " + bytes + " bytes; a content file may have at most " + MAX_FILE_BYTES + " bytes (1 MiB)");
            this.bytes = bytes;
        }

        String size() {
            return String.format(java.util.Locale.ROOT, "%.1f MiB (%d bytes)", bytes / (double) (1L << 20), bytes);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    /**
     * Strict UTF-8: a file in another encoding is an error, not mojibake on the page. The size is
     * checked before reading, so a huge file costs nothing.
     *
     * @param file where the lesson is, as messages show it
     * @param real where its bytes are read: the checked target when {@code file} is a link
     */
    static Source read(Path file, Path real) throws IOException {
        long size = Files.size(real);
        if (size > MAX_FILE_BYTES) throw new TooLarge(file, size);
        byte[] bytes = Files.readAllBytes(real);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            String before = new String(bytes, 0, in.position(), StandardCharsets.UTF_8);
            Source prefix = new Source(file, file.normalize().toString(), before);
            throw new NotUtf8(file, prefix.pos(before.length()));
        }
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return new Source(file, file.normalize().toString(), text.replace("\r\n", "\n"));
    }
}
