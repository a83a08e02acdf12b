package courseware.diag;

import java.nio.file.Path;
import java.util.Arrays;

/** One input file's text, with a line index so any character offset maps to line:col. */
public final class Source {
    private final Path path;
    private final String displayPath;
    private final String text;
    private final int[] lineStarts;

    public Source(Path path, String displayPath, String text) {
        this.path = path;
        this.displayPath = displayPath;
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    public Path path() { return path; }

    /** The path as the user should read it in a message, e.g. {@code content/14-10.md}. */
    public String displayPath() { return displayPath; }

    public String text() { return text; }

    public int lineCount() { return lineStarts.length; }

    /** Position of a character offset; offsets past the end clamp to the last character. */
    public Pos pos(int offset) {
        int off = Math.max(0, Math.min(offset, text.length()));
        int idx = Arrays.binarySearch(lineStarts, off);
        int line = idx >= 0 ? idx : -idx - 2;
        return new Pos(this, line + 1, off - lineStarts[line] + 1, off);
    }

    /** Position of a 1-based line and column. */
    public Pos pos(int line, int col) {
        int l = Math.max(1, Math.min(line, lineCount()));
        int c = Math.max(1, col);
        return new Pos(this, l, c, Math.min(lineStart(l) + c - 1, text.length()));
    }

    /** Character offset where a 1-based line starts. */
    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line - 1, lineStarts.length - 1))];
    }

    /** Text of a 1-based line, without its line break. */
    public String line(int line) {
        if (line < 1 || line > lineStarts.length) return "";
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') end--;
        return text.substring(start, Math.max(start, end));
    }
}
