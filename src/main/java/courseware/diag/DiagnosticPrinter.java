package courseware.diag;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints diagnostics like a compiler: headline, the source line, a caret under the column.
 *
 * <p>Output stays bounded whatever the input: a long line is shown as a window around the caret,
 * a long message is shortened, and only the first {@link #MAX_PER_FILE} diagnostics of a file and
 * {@link #MAX_TOTAL} in all are printed, each cut announced with a count. (100,000 errors on one
 * 1 MB line once printed 23 GB.) Reports (JSON, JUnit) still carry every diagnostic.
 */
public final class DiagnosticPrinter {
    /**
     * Columns of a source line shown around the caret: most lines fit whole (nine in ten lines of
     * content/ are shorter), a megabyte line prints as one screen line.
     */
    static final int WINDOW = 160;
    /** Characters of a message shown; user text quoted in a message can be long. */
    static final int MAX_MESSAGE = 1_000;
    /** Diagnostics printed per file, then one line with the count of the rest. */
    public static final int MAX_PER_FILE = 25;
    /** Diagnostics printed in all, then one line with the count of the rest. */
    public static final int MAX_TOTAL = 100;
    private static final String CUT = "...";

    private DiagnosticPrinter() {}

    public static void print(Diagnostics diagnostics, PrintWriter out) {
        print(diagnostics, out, null);
    }

    /** @param fullReport where every diagnostic is written (a --report json path), or null */
    public static void print(Diagnostics diagnostics, PrintWriter out, String fullReport) {
        List<Diagnostic> list = diagnostics.sorted();
        int shown = 0;
        int i = 0;
        while (i < list.size() && shown < MAX_TOTAL) {
            String file = list.get(i).pos().source().displayPath();
            int end = i;
            while (end < list.size() && list.get(end).pos().source().displayPath().equals(file)) end++;
            int limit = Math.min(end, i + Math.min(MAX_PER_FILE, MAX_TOTAL - shown));
            for (int k = i; k < limit; k++) printOne(list.get(k), out);
            shown += limit - i;
            if (limit < end && shown < MAX_TOTAL) out.println("... and " + more(list.subList(limit, end)) + " in " + file);
            i = shown < MAX_TOTAL ? end : limit;
        }
        if (i < list.size()) {
            out.println("... " + more(list.subList(i, list.size())) + " not shown"
                    + (fullReport != null ? "; " + fullReport + " lists them all" : "; --report json=PATH lists them all"));
        }
        if (!list.isEmpty()) out.println(summary(diagnostics));
        out.flush();
    }

    private static void printOne(Diagnostic d, PrintWriter out) {
        out.println(visible(shorten(d.headline())));
        Pos pos = d.pos();
        String line = pos.source().line(pos.line());
        if (line.isBlank()) return;
        String number = String.valueOf(pos.line());
        Excerpt e = Excerpt.of(line.replace('\t', ' '), Math.min(pos.col(), line.length() + 1) - 1);
        out.println(" " + number + " | " + visible(e.text));
        out.println(" " + " ".repeat(number.length()) + " | " + " ".repeat(e.caret) + "^");
    }

    /** At most {@link #WINDOW} columns of {@code line} around 0-based column {@code col}, and where the caret goes. */
    record Excerpt(String text, int caret) {
        static Excerpt of(String line, int col) {
            if (line.length() <= WINDOW) return new Excerpt(line, col);
            int start = Math.max(0, Math.min(col - WINDOW / 2, line.length() - WINDOW));
            int end = Math.min(line.length(), start + WINDOW);
            // Never split a surrogate pair: half a character prints as garbage.
            if (start > 0 && Character.isLowSurrogate(line.charAt(start))) start++;
            if (end < line.length() && Character.isLowSurrogate(line.charAt(end))) end--;
            String prefix = start > 0 ? CUT : "";
            String suffix = end < line.length() ? CUT : "";
            return new Excerpt(prefix + line.substring(start, end) + suffix, prefix.length() + col - start);
        }
    }

    /**
     * Control characters as visible symbols, one for one so the caret stays aligned: a lesson line or
     * a quoted key holding ESC would otherwise send an escape sequence to the author's terminal (colour,
     * a moved cursor, a retitled window). C0 controls and DEL become their Control Pictures (ESC is
     * U+241B), C1 controls U+FFFD. The printer itself writes no escapes (no colour at all), so output
     * is the same on a terminal, in a pipe and under NO_COLOR.
     */
    static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char shown = c < 0x20 ? (char) (0x2400 + c) : c == 0x7f ? '\u2421' : c >= 0x80 && c <= 0x9f ? '\ufffd' : c;
            if (shown != c && out == null) out = new StringBuilder(text.substring(0, i));
            if (out != null) out.append(shown);
        }
        return out == null ? text : out.toString();
    }

    private static String shorten(String message) {
        if (message.length() <= MAX_MESSAGE) return message;
        int keep = MAX_MESSAGE - 40;
        if (Character.isHighSurrogate(message.charAt(keep - 1))) keep--;
        return message.substring(0, keep) + CUT + " (" + (message.length() - keep) + " more characters)";
    }

    /** "3 more errors", "1 more warning", "4 more errors and warnings". */
    private static String more(List<Diagnostic> rest) {
        long errors = rest.stream().filter(d -> d.severity() == Severity.ERROR).count();
        String kind = errors == rest.size() ? (rest.size() == 1 ? "error" : "errors")
                : errors == 0 ? (rest.size() == 1 ? "warning" : "warnings") : "errors and warnings";
        return rest.size() + " more " + kind;
    }

    /** "2 errors, 1 warning". */
    public static String summary(Diagnostics d) {
        return plural(d.errorCount(), "error") + ", " + plural(d.warningCount(), "warning");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
