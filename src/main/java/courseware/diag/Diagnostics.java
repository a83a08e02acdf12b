package courseware.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects problems from every stage so one run reports all of them. Thread-confined: the
 * pipeline fills it stage by stage.
 */
public final class Diagnostics implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // always an ArrayList
    private final List<Diagnostic> all = new ArrayList<>();
    // Counted as they come: stages ask for the count per quiz block, which was quadratic when counted each time.
    private long errors;

    public void error(Pos pos, String message) {
        all.add(new Diagnostic(Severity.ERROR, pos, message));
        errors++;
    }

    public void warning(Pos pos, String message) { all.add(new Diagnostic(Severity.WARNING, pos, message)); }

    /** Takes in what another collector found (one lesson's problems, kept between builds). */
    public void addAll(Diagnostics other) {
        all.addAll(other.all);
        errors += other.errors;
    }

    /**
     * A bug met while handling one file: reported at that file, so the rest of the run goes on and
     * every other problem is still printed. Names the failure and where in courseware it happened.
     */
    public void internalError(Pos pos, String doing, Throwable failure) {
        String where = java.util.Arrays.stream(failure.getStackTrace())
                .filter(f -> f.getClassName().startsWith("courseware."))
                .findFirst().map(f -> " at " + f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName()
                        + "(" + f.getFileName() + ":" + f.getLineNumber() + ")").orElse("");
        error(pos, "internal error while " + doing + ": " + failure + where
                + "; this is a bug in courseware, please report it with this file (the rest of the run went on)");
    }

    public boolean hasErrors() { return errors > 0; }

    public long errorCount() { return errors; }

    public long warningCount() { return all.size() - errors; }

    /** All diagnostics sorted by file, line and column, so output is stable whatever the stage order. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(all);
        copy.sort(Comparator.comparing((Diagnostic d) -> d.pos().source().displayPath())
                .thenComparingInt(d -> d.pos().line())
                .thenComparingInt(d -> d.pos().col()));
        return copy;
    }
}
