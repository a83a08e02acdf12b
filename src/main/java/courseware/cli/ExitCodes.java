package courseware.cli;

/** The exit codes every command keeps (documented in the README). */
final class ExitCodes {
    /** Everything is fine. */
    static final int OK = 0;
    /** The content has problems (wrong answers, bad YAML, LaTeX errors, ...); they were printed. */
    static final int CONTENT = 1;
    /** The command line was wrong, or a file could not be read or written. */
    static final int USAGE_OR_IO = 2;

    private ExitCodes() {}

    /** A usage refusal said in one line on {@code err}: {@code courseware: error: why}; exit code 2. */
    static int refused(java.io.PrintWriter err, String why) {
        err.println("courseware: error: " + why);
        err.flush();
        return USAGE_OR_IO;
    }
}
