package courseware.cli;

import courseware.fix.AnswerFixer;
import courseware.pipeline.Build;
import courseware.pipeline.BuildReport;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "Check every lesson and report all problems; write nothing (unless --fix).")
final class CheckCommand implements Callable<Integer> {
    @Mixin ProjectOptions options;

    @Option(names = "--fix", description = "Rewrite each wrong stated number from the engine's value, at the precision written; print the diff, then check again.")
    boolean fix;

    @Option(names = "--dry-run", description = "With --fix: print the diff, change nothing.")
    boolean dryRun;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Reporting.validateReports(options, spec.commandLine());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (dryRun && !fix) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--dry-run goes with --fix");
        // One Build for both checks: after --fix, only the lessons it rewrote are parsed and checked again.
        try (Build build = new Build(options.toBuildOptions()).onProgress(TerminalProgress.on(err))) {
            BuildReport report = build.check();
            if (!fix) return Reporting.finish(report, options, "checked", out, err);

            AnswerFixer.Plan plan = AnswerFixer.plan(report.checks());
            plan.edits().forEach((source, edits) -> out.print(AnswerFixer.diff(source, edits)));
            for (AnswerFixer.Unfixable u : plan.unfixable()) err.println(u.pos() + ": note: not fixed: " + u.reason());
            int files = plan.edits().size();
            if (dryRun || plan.count() == 0) {
                err.println("courseware: " + (plan.count() == 0 ? "nothing to fix" : "would fix " + plan.count() + " answers in " + files
                        + " files (dry run: nothing changed)"));
                err.flush();
                return Reporting.finish(report, options, "checked", out, err);
            }
            for (var entry : plan.edits().entrySet()) {
                Files.writeString(entry.getKey().path(), AnswerFixer.apply(entry.getKey(), entry.getValue()), StandardCharsets.UTF_8);
            }
            err.println("courseware: fixed " + plan.count() + " answers in " + files + " files; checking again");
            err.flush();
            return Reporting.finish(build.check(), options, "checked", out, err);
        }
    }
}
