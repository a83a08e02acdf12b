package courseware.browser;

import courseware.pipeline.Build;
import courseware.pipeline.BuildOptions;
import courseware.pipeline.BuildReport;
import courseware.testing.Golden;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assertions;

/** Sites built once per test run for browser tests: the real content, or any content folder. */
public final class TestSites {
    private static final Map<Path, Path> BUILT = new HashMap<>();

    private TestSites() {}

    /** The site built from {@code content} with the real templates, under target/browser-sites. */
    public static synchronized Path build(Path content, String name) {
        return BUILT.computeIfAbsent(content, c -> {
            Path out = Path.of(System.getProperty("courseware.testCache", "target/test-cache")).getParent()
                    .resolve("browser-sites").resolve(name).toAbsolutePath();
            BuildReport report;
            try {
                report = Build.writeOnce(new BuildOptions(c, Path.of("templates"), out, Golden.testCache(), false));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            java.io.StringWriter printed = new java.io.StringWriter();
            courseware.diag.DiagnosticPrinter.print(report.diagnostics(), new java.io.PrintWriter(printed));
            Assertions.assertFalse(report.failed(), () -> "the site " + name + " builds:\n" + printed);
            return out;
        });
    }

    public static Path realSite() { return build(Path.of("content"), "content"); }
}
