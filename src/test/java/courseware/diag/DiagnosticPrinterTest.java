package courseware.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Printed output stays bounded: a window of each long line, and capped counts with the rest summed up. */
class DiagnosticPrinterTest {

    private static String print(Diagnostics d, String report) {
        StringWriter out = new StringWriter();
        DiagnosticPrinter.print(d, new PrintWriter(out), report);
        return out.toString();
    }

    @Test
    void aLongLineIsShownAsAWindowWithTheCaretStillUnderItsColumn() {
        String line = "x".repeat(500) + "BAD" + "y".repeat(500);
        Source s = new Source(Path.of("a.md"), "a.md", line + "\n");
        Diagnostics d = new Diagnostics();
        d.error(s.pos(1, 501), "here");
        String[] printed = print(d, null).split("\n");
        assertEquals("a.md:1:501: error: here", printed[0]);
        String shown = printed[1].substring(" 1 | ".length());
        int caret = printed[2].indexOf('^') - " 1 | ".length();
        assertTrue(shown.startsWith("...") && shown.endsWith("..."), shown);
        assertEquals(DiagnosticPrinter.WINDOW + 6, shown.length());
        assertEquals("BAD", shown.substring(caret, caret + 3));
    }

    /** A lesson holding ESC must not drive the author's terminal: no escape reaches the output, the caret stays aligned. */
    @Test
    void controlCharactersInALineOrAMessagePrintAsVisibleSymbols() {
        String line = "title: \u001b[31mred\u001b[0m\u0007 BAD \u009b2J";
        Source s = new Source(Path.of("a.md"), "a.md", line + "\n");
        Diagnostics d = new Diagnostics();
        d.error(s.pos(1, line.indexOf("BAD") + 1), "unknown key '\u001b]0;owned\u0007'");
        String printed = print(d, null);
        assertTrue(printed.chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7f || c >= 0x80 && c <= 0x9f), printed);
        String[] lines = printed.split("\n");
        assertEquals("a.md:1:" + (line.indexOf("BAD") + 1) + ": error: unknown key '\u241b]0;owned\u2407'", lines[0]);
        assertEquals(" 1 | title: \u241b[31mred\u241b[0m\u2407 BAD \ufffd2J", lines[1]);
        assertEquals(lines[1].indexOf("BAD"), lines[2].indexOf('^'));
    }

    @Test
    void windowsAtTheEndsOfALineHaveOneMarker() {
        String line = "0123456789".repeat(50);
        int w = DiagnosticPrinter.WINDOW;
        DiagnosticPrinter.Excerpt start = DiagnosticPrinter.Excerpt.of(line, 3);
        assertEquals(line.substring(0, w) + "...", start.text());
        assertEquals(3, start.caret());
        DiagnosticPrinter.Excerpt end = DiagnosticPrinter.Excerpt.of(line, 500);
        assertEquals("..." + line.substring(500 - w), end.text());
        assertEquals(3 + w, end.caret());
        assertEquals("short", DiagnosticPrinter.Excerpt.of("short", 2).text());
    }

    @Test
    void aWindowNeverSplitsASurrogatePair() {
        String line = "\uD835\uDF02".repeat(200); // 200 x MATHEMATICAL ITALIC SMALL ETA, two chars each
        DiagnosticPrinter.Excerpt e = DiagnosticPrinter.Excerpt.of(line, 201);
        String inner = e.text().substring(3, e.text().length() - 3);
        assertTrue(Character.isHighSurrogate(inner.charAt(0)) && Character.isLowSurrogate(inner.charAt(inner.length() - 1)), inner);
    }

    @Test
    void atMostSoManyPerFileAndInAllAreShownThenCounted() {
        Diagnostics d = new Diagnostics();
        for (int f = 0; f < 6; f++) {
            Source s = new Source(Path.of("f" + f + ".md"), "f" + f + ".md", "line\n".repeat(40));
            for (int i = 1; i <= 30; i++) d.error(s.pos(i, 1), "problem " + i);
        }
        String out = print(d, null);
        assertEquals(DiagnosticPrinter.MAX_TOTAL, out.lines().filter(l -> l.contains(": error: ")).count());
        assertTrue(out.contains("\n... and 5 more errors in f0.md\n"), out);
        assertTrue(out.contains("\n... and 5 more errors in f2.md\n"), out);
        // f3 reaches the total: its rest is counted with the other files'.
        assertTrue(out.endsWith("f3.md:25:1: error: problem 25\n 25 | line\n    | ^\n"
                + "... 65 more errors not shown; --report json=PATH lists them all\n180 errors, 0 warnings\n"), out);
        assertTrue(print(d, "out/report.json").contains("... 65 more errors not shown; out/report.json lists them all\n"));
    }

    @Test
    void theRestCountsWarningsApart() {
        Diagnostics d = new Diagnostics();
        Source s = new Source(Path.of("a.md"), "a.md", "line\n".repeat(40));
        for (int i = 1; i <= 27; i++) d.error(s.pos(i, 1), "e");
        d.warning(s.pos(30, 1), "w");
        assertTrue(print(d, null).contains("\n... and 3 more errors and warnings in a.md\n"));
        Diagnostics w = new Diagnostics();
        for (int i = 1; i <= 26; i++) w.warning(s.pos(i, 1), "w");
        assertTrue(print(w, null).contains("\n... and 1 more warning in a.md\n"));
    }

    @Test
    void aVeryLongMessageIsShortened() {
        Diagnostics d = new Diagnostics();
        Source s = new Source(Path.of("a.md"), "a.md", "\n");
        d.error(s.pos(1, 1), "unknown key '" + "k".repeat(5_000) + "'");
        String headline = print(d, null).lines().findFirst().orElseThrow();
        assertTrue(headline.length() <= DiagnosticPrinter.MAX_MESSAGE + 40, headline.length() + "");
        assertTrue(headline.endsWith("more characters)"), headline);
    }
}
