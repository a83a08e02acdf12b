package courseware.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the real content/ with the real templates, as the README's build command does. */
class EndToEndTest {
    private static final Path CONTENT = Path.of("content");
    private static final Pattern LESSON_ID = Pattern.compile("(?m)^id:\\s*(\\S+)\\s*$");

    @TempDir static Path tmp;
    static BuildReport report;

    @BeforeAll
    static void buildTheRealContent() throws Exception {
        report = Build.writeOnce(options(tmp.resolve("site")));
    }

    private static BuildOptions options(Path out) {
        return new BuildOptions(CONTENT, Path.of("templates"), out, Golden.testCache(), true);
    }

    private static List<String> lessonIds() throws IOException {
        try (Stream<Path> files = Files.list(CONTENT)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().map(p -> {
                try {
                    Matcher m = LESSON_ID.matcher(Files.readString(p));
                    assertTrue(m.find(), p + " has an id");
                    return m.group(1);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    /**
     * The real content passes in strict mode. CI also gets the content's own JUnit report (one
     * test case per checked answer) in target/courseware-reports, and on failure the compiler-style
     * messages, exactly as the README's build command prints them.
     */
    @Test
    void theContentBuildsCleanlyInStrictMode() throws IOException {
        courseware.report.JUnitReport.write(Path.of(System.getProperty("courseware.reports", "target/courseware-reports"))
                .resolve("content-checks.xml"), report);
        java.io.StringWriter printed = new java.io.StringWriter();
        courseware.diag.DiagnosticPrinter.print(report.diagnostics(), new java.io.PrintWriter(printed));
        assertEquals("", printed.toString(), "content/ does not pass ./courseware build --strict:\n" + printed);
        assertFalse(report.failed());
        assertTrue(report.checks().answers() >= 400, "every answer of the four lessons is checked");
    }

    @Test
    void everyLessonHasAPageWithTypesetMathAndNoRawTex() throws IOException {
        List<String> ids = lessonIds();
        assertTrue(ids.size() >= 4, "the four seed lessons at least");
        for (String id : ids) {
            Path page = tmp.resolve("site/lessons/" + id + ".html");
            assertTrue(Files.exists(page), id);
            String html = Files.readString(page);
            assertTrue(html.contains("class=\"katex\""), id + " has typeset math");
            assertTrue(html.contains("<math"), id + " has MathML for screen readers");
            String visible = visibleText(html);
            Matcher tex = Pattern.compile("\\$\\$|\\$[^$\\s][^$]*?[^$\\s]\\$|\\\\(frac|nabla|mathbf|sum|eta|alpha|sigma)\\b").matcher(visible);
            assertFalse(tex.find(), id + " shows raw TeX: " + (tex.find(0) ? tex.group() : ""));
        }
    }

    @Test
    void pagesLoadNothingFromOtherHosts() throws IOException {
        try (Stream<Path> files = Files.walk(tmp.resolve("site"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".css")).toList()) {
                String text = Files.readString(p);
                assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(text).find(), p + " links out");
                assertFalse(Pattern.compile("url\\((['\"])?(https?:)?//").matcher(text).find(), p + " loads a remote url");
                // Math needs no JavaScript: the only scripts are the site's own reading aids (theme, search, menu),
                // quiz grader and variant picker, never KaTeX.
                Matcher script = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(text);
                while (script.find()) {
                    assertTrue(script.group(1).isEmpty() || script.group(1).matches(" src=\"(\\.\\./)?assets/(nav|quiz|variants)\\.js\" defer"),
                            p + " loads a script other than nav.js, quiz.js and variants.js: " + script.group(1));
                    assertFalse(script.group(0).toLowerCase(java.util.Locale.ROOT).contains("katex"), p + " needs no JavaScript for math");
                }
            }
        }
    }

    @Test
    void theSameInputGivesAByteIdenticalSite() throws Exception {
        Path again = tmp.resolve("again");
        Build.writeOnce(options(again));
        List<Path> first = listing(tmp.resolve("site"));
        assertEquals(first, listing(again));
        for (Path rel : first) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("site").resolve(rel)), Files.readAllBytes(again.resolve(rel)), rel.toString());
        }
    }

    @Test
    void theIndexListsEveryLessonInReadingOrder() throws IOException {
        String index = Files.readString(tmp.resolve("site/index.html"));
        int last = -1;
        for (String id : List.of("14-07", "14-08", "14-09", "14-10")) {
            int at = index.indexOf("lessons/" + id + ".html");
            assertTrue(at > last, id + " is listed after its prerequisites");
            last = at;
        }
    }

    /** Page text a reader sees as characters: KaTeX's MathML annotation (the TeX source) and code excluded. */
    private static String visibleText(String html) {
        return html.replaceAll("(?s)<annotation[^>]*>.*?</annotation>", "")
                .replaceAll("(?s)<pre>.*?</pre>", "")
                .replaceAll("(?s)<code>.*?</code>", "")
                .replaceAll("(?s)<[^>]+>", "");
    }

    private static List<Path> listing(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
