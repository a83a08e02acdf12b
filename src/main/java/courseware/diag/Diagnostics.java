package courseware.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects problems from every stage so one run reports all of them. Thread-confined: the
 * pipeline fills it stage by stage.
 */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();
    // Counted as they come: stages ask for the count per quiz block, which was quadratic when counted each time.
    private long errors;

    public void error(Pos pos, String message) {
        all.add(new Diagnostic(Severity.ERROR, pos, message));
        errors++;
    }

    public void warning(Pos pos, String message) { all.add(new Diagnostic(Severity.WARNING, pos, message)); }

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
