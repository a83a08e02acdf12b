package courseware.cli;

import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "courseware", mixinStandardHelpOptions = true, versionProvider = Versions.class,
        description = "Builds a static lesson site from Markdown lessons, with math typeset at build time.",
        subcommands = {InitCommand.class, BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, ThemeCommand.class,
                FunctionsCommand.class, ExportCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:content problems (printed as file:line:col)", "2:usage, I/O or template error"})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) throws InterruptedException {
        // A roomy stack for parsing deeply nested Markdown; anything that still escapes
        // (StackOverflowError, OutOfMemoryError) is one line and exit 2, never a trace.
        int[] exit = {ExitCodes.USAGE_OR_IO};
        Thread run = new Thread(null, () -> {
            try {
                exit[0] = commandLine().execute(args);
            } catch (Throwable t) {
                System.err.println("courseware: error: " + t);
            }
        }, "courseware", 512L << 20);
        run.start();
        run.join();
        System.exit(exit[0]);
    }

    /** The configured command line; tests call {@code execute} on it with their own writers. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExitCodeExceptionMapper(e -> ExitCodes.USAGE_OR_IO)
                .setExecutionExceptionHandler(Main::failure);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: init, build, check, serve, new, theme or functions");
    }

    /** I/O and template failures are the user's to fix: one clear line, a stack trace only with --verbose. */
    private static int failure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        err.println("courseware: error: " + describe(e));
        if (cmd.getParseResult() != null && cmd.getParseResult().hasMatchedOption("--verbose")) e.printStackTrace(err);
        err.flush();
        return ExitCodes.USAGE_OR_IO;
    }

    private static String describe(Throwable e) {
        if (e instanceof java.io.UncheckedIOException u) return describe(u.getCause());
        if (e instanceof java.nio.file.FileSystemException f) {
            String reason = f.getReason() != null ? f.getReason()
                    : e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.NotDirectoryException ? "is not a folder"
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "already exists"
                    : e instanceof java.nio.file.DirectoryNotEmptyException ? "is not empty"
                    : e.getClass().getSimpleName();
            String other = f.getOtherFile() == null ? "" : " (" + f.getOtherFile() + ")";
            return f.getFile() + other + ": " + reason;
        }
        if (e instanceof IOException && e.getMessage() != null) return e.getMessage();
        return e.toString();
    }
}
