package courseware.cli;

import courseware.diag.DiagnosticPrinter;
import courseware.pipeline.BuildReport;
import courseware.report.GithubAnnotations;
import courseware.report.JUnitReport;
import courseware.report.JsonReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Prints a run's diagnostics (to stderr), annotations and closing line (to stdout), writes the
 * requested reports (also when the run failed: that is when CI needs them), and picks the exit code.
 */
final class Reporting {
    private Reporting() {}

    /** {@code junit=PATH} or {@code json=PATH}; the kind was validated when the options were read. */
    private static void writeReport(String spec, BuildReport report) throws IOException {
        String[] kindAndPath = spec.split("=", 2);
        Path path = Path.of(kindAndPath[1]);
        if (kindAndPath[0].equals("junit")) JUnitReport.write(path, report);
        else JsonReport.write(path, report);
    }

    /** Rejects a malformed --report before any work is done (a usage error, exit 2). */
    static void validateReports(ProjectOptions options, picocli.CommandLine cmd) {
        for (String spec : options.reports) {
            String[] kindAndPath = spec.split("=", 2);
            if (kindAndPath.length != 2 || kindAndPath[1].isBlank() || !(kindAndPath[0].equals("junit") || kindAndPath[0].equals("json"))) {
                throw new picocli.CommandLine.ParameterException(cmd, "--report takes junit=PATH or json=PATH, got '" + spec + "'");
            }
        }
    }

    static int finish(BuildReport report, ProjectOptions options, String done, PrintWriter out, PrintWriter err)
            throws IOException {
        String json = options.reports.stream().filter(r -> r.startsWith("json=")).map(r -> r.substring(5)).findFirst().orElse(null);
        DiagnosticPrinter.print(report.diagnostics(), err, json);
        if (options.githubAnnotations) GithubAnnotations.print(report.diagnostics(), out);
        for (String spec : options.reports) writeReport(spec, report);
        if (report.failed()) {
            err.println("courseware: " + (report.strict() && !report.diagnostics().hasErrors()
                    ? "failed: warnings are errors in --strict mode" : "failed; nothing was written"));
            err.flush();
            return ExitCodes.CONTENT;
        }
        int kept = report.counts().lessonsFromStore() + report.counts().lessonsReused();
        out.println(done + " (" + report.lessons() + " lessons" + (kept > 0 ? ", " + kept + " unchanged" : "") + "; "
                + report.checks().answers() + " answers checked; math: "
                + report.mathRendered() + " typeset, " + report.mathFromCache() + " from cache)");
        out.flush();
        return ExitCodes.OK;
    }
}
