package courseware.diag;

/** One problem found in the input, at a place a person can open. */
public record Diagnostic(Severity severity, Pos pos, String message) implements java.io.Serializable {
    /** The compiler-style first line: {@code path:line:col: error: message}. */
    public String headline() {
        return pos + ": " + severity.label() + ": " + message;
    }
}
