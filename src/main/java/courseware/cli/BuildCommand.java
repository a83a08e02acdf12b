package courseware.cli;

import courseware.pipeline.BuildReport;
import courseware.pipeline.Build;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "build", description = "Check every lesson, then write the site (replacing the old one only on success).")
final class BuildCommand implements Callable<Integer> {
    @Mixin ProjectOptions options;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Reporting.validateReports(options, spec.commandLine());
        BuildReport report;
        try (Build build = new Build(options.toBuildOptions()).onProgress(TerminalProgress.on(spec.commandLine().getErr()))) {
            report = build.write();
        }
        return Reporting.finish(report, options, "built " + options.out + " with " + report.filesWritten() + " files",
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
