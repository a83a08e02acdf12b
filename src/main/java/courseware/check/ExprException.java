package courseware.check;

/** A problem in an expression, at a character offset of its text. */
final class ExprException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int offset;
    private final boolean consequential;

    ExprException(String message, int offset) {
        this(message, offset, false);
    }

    private ExprException(String message, int offset, boolean consequential) {
        super(message, null, false, false);
        this.offset = offset;
        this.consequential = consequential;
    }

    /** The expression uses a name whose declaration already failed: that error was reported. */
    static ExprException consequential(String name, int offset) {
        return new ExprException("'" + name + "' could not be computed", offset, true);
    }

    /** True when reporting this would only repeat an earlier error. */
    boolean consequential() { return consequential; }

    int offset() { return offset; }
}
