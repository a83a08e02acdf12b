package courseware.cli;

import courseware.check.FunctionCatalog;
import courseware.diag.Suggest;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "functions", description = "List the functions that compute blocks and {{ }} values may call,"
        + " with the formula and library convention each follows.")
final class FunctionsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "Show only this function.")
    String name;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (name == null) {
            FunctionCatalog.plainLines().forEach(out::println);
        } else {
            Optional<String> entry = FunctionCatalog.plainEntry(name);
            if (entry.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no function '" + name + "'"
                        + Suggest.hint(name, FunctionCatalog.names()) + "; run 'courseware functions' for the list");
            }
            out.println(entry.get());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
