package courseware.diag;

/**
 * A place in a source file: where a diagnostic points, and where an edit ({@code check --fix})
 * goes. {@code line} and {@code col} are 1-based, as messages print them; {@code offset} is the
 * 0-based character index in the file's text, kept so no stage works it back out of line and column.
 */
public record Pos(Source source, int line, int col, int offset) implements java.io.Serializable {
    @Override
    public String toString() {
        return source.displayPath() + ":" + line + ":" + col;
    }
}
