package courseware.cli;

import courseware.render.Theme;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "theme", description = "The built-in theme.", subcommands = ThemeCommand.Eject.class)
final class ThemeCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say what to do: theme eject [DIR]");
    }

    @Command(name = "eject", description = "Write the built-in theme (templates and assets) into a folder, as a starting point "
            + "for your own: a file there overrides the built-in one of the same name, so keep only what you change.")
    static final class Eject implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Where to write it (default: templates).")
        Path dir = ProjectOptions.OWN_TEMPLATES;

        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (Files.isDirectory(dir)) {
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        return ExitCodes.refused(err, dir + " is not empty; eject writes the theme only into an empty or new folder");
                    }
                }
            }
            Map<String, byte[]> files = Theme.builtInFiles();
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path target = dir.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, f.getValue(), StandardOpenOption.CREATE_NEW);
            }
            out.println("wrote the built-in theme (" + files.size() + " files) to " + dir);
            out.println("next: change what you want and delete the rest; each file left there overrides the built-in one");
            out.flush();
            return ExitCodes.OK;
        }
    }
}
