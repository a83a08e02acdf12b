package courseware.cli;

import courseware.pipeline.Build;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "Check every lesson and report all problems; write nothing.")
final class CheckCommand implements Callable<Integer> {
    @Mixin ProjectOptions options;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Reporting.validateReports(options, spec.commandLine());
        return Reporting.finish(Build.checkOnce(options.toBuildOptions()), options, "checked",
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
