package courseware.cli;

import courseware.pipeline.Build;
import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress report for long runs, redrawn in place with a carriage return (no escape sequences), and only
 * on a terminal: piped or captured output (CI, tests, files) gets the one summary line and nothing else.
 */
final class TerminalProgress implements Build.Progress {
    private static final long EVERY_NANOS = 200_000_000L; // redraw at most five times a second
    private final PrintWriter err;
    private long last;
    private int width;

    private TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /** Progress on {@code err} when the process talks to a terminal; otherwise a listener that says nothing. */
    static Build.Progress on(PrintWriter err) {
        return isTerminal() ? new TerminalProgress(err) : (phase, done, total) -> {};
    }

    @Override
    public void done(String phase, int done, int total) {
        long now = System.nanoTime();
        if (done < total && now - last < EVERY_NANOS) return;
        last = now;
        String line = done >= total ? "" : String.format(Locale.ROOT, "%s: %,d of %,d", phase, done, total);
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())) + "\r");
        err.flush();
        width = line.length();
    }

    /** JDK 22 and newer always have a Console and say through isTerminal(); JDK 21 has one only on a terminal. */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
