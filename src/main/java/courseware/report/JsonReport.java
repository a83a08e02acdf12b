package courseware.report;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import courseware.check.Acceptance;
import courseware.check.CheckResults;
import courseware.check.Checked;
import courseware.check.Tolerance;
import courseware.diag.Diagnostic;
import courseware.pipeline.BuildReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every diagnostic and every checked value as JSON, for tools that want more than pass/fail. */
public final class JsonReport {
    private JsonReport() {}

    public static void write(Path file, BuildReport report) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, render(report));
    }

    static String render(BuildReport report) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("ok", !report.failed());
        root.put("errors", report.diagnostics().errorCount());
        root.put("warnings", report.diagnostics().warningCount());
        root.put("diagnostics", report.diagnostics().sorted().stream().map(JsonReport::diagnostic).toList());
        root.put("checks", report.checks().cases().stream().map(JsonReport::check).toList());
        return new ObjectMapper().writer(new DefaultPrettyPrinter()).writeValueAsString(root) + "\n";
    }

    private static Map<String, Object> diagnostic(Diagnostic d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", d.pos().source().displayPath());
        m.put("line", d.pos().line());
        m.put("col", d.pos().col());
        m.put("severity", d.severity().label());
        m.put("message", d.message());
        return m;
    }

    /** Exact decimal bounds as strings, so no reader loses digits to a double. */
    private static Map<String, Object> interval(Tolerance t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("low", t.low().toPlainString());
        m.put("lowInclusive", t.lowInclusive());
        m.put("high", t.high().toPlainString());
        m.put("highInclusive", t.highInclusive());
        return m;
    }

    private static Map<String, Object> check(CheckResults.Case outcome) {
        Checked c = outcome.checked();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", c.pos().source().displayPath());
        m.put("line", c.pos().line());
        m.put("col", c.pos().col());
        m.put("expression", c.expression());
        m.put("kind", c.stated() ? "answer" : "shown");
        m.put("display", c.display());
        m.put("engine", c.engineValue());
        if (c.stated()) m.put("accepted", c.accepted());
        if (c.acceptance() instanceof Acceptance.Within within) m.put("intervals", within.intervals().stream().map(JsonReport::interval).toList());
        m.put("computation", c.computation());
        m.put("passed", c.passed());
        if (outcome.variant() > 0) {
            m.put("variant", outcome.variant());
            m.put("values", outcome.values());
        }
        return m;
    }

}
