package courseware.diag;

/** A 1-based line and column in a source file: where a diagnostic points. */
public record Pos(Source source, int line, int col) implements java.io.Serializable {
    @Override
    public String toString() {
        return source.displayPath() + ":" + line + ":" + col;
    }
}
