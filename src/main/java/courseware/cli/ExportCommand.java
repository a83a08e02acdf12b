package courseware.cli;

import courseware.export.Export;
import courseware.export.ExportFormat;
import courseware.pipeline.Build;
import courseware.pipeline.BuildReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Check every lesson, then write the quizzes as one file for a learning platform:"
        + " qti (an IMS QTI 2.1 package) or moodle (Moodle XML). What a format cannot hold is refused at its place; see docs/export.md.")
final class ExportCommand implements Callable<Integer> {
    @Mixin ProjectOptions options;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "qti or moodle.")
    String format;

    @Option(names = "--lesson", paramLabel = "ID", description = "Export only this lesson's quiz (repeatable; default: every lesson).")
    List<String> lessons = new ArrayList<>();

    @Option(names = "--closed-ends", description = "moodle: export a half-open accepted interval as the closed one, noting per question the end whose verdict changes.")
    boolean closedEnds;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Reporting.validateReports(options, spec.commandLine());
        ExportFormat kind = switch (format) {
            case "qti" -> ExportFormat.QTI;
            case "moodle" -> ExportFormat.MOODLE;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(), "FORMAT is qti or moodle, got '" + format + "'");
        };
        if (closedEnds && kind != ExportFormat.MOODLE) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--closed-ends goes with moodle (QTI keeps open ends)");
        }
        Path out = spec.commandLine().getParseResult().hasMatchedOption("--out") ? options.out : Path.of(kind.defaultFile());
        PrintWriter err = spec.commandLine().getErr();
        Export.Result[] result = {null};
        BuildReport report;
        try (Build build = new Build(options.toBuildOptions()).onProgress(TerminalProgress.on(err))) {
            report = build.export(course -> {
                try {
                    result[0] = Export.of(kind, course, lessons, closedEnds);
                } catch (IllegalArgumentException e) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage() + " (--lesson)");
                }
            });
        }
        if (result[0] != null) {
            for (Export.Note note : result[0].notes()) err.println(note.pos() + ": note: " + note.message());
            err.flush();
        }
        if (!report.failed() && result[0] != null && result[0].bytes() != null) {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            // Beside the target, with the usual permissions (a temp file's 0600 would keep the export from its readers).
            Path tmp = (parent == null ? Path.of("") : parent).resolve("." + out.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try {
                Files.write(tmp, result[0].bytes(), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                        java.nio.file.StandardOpenOption.WRITE);
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return Reporting.finish(report, options, "exported " + kind.title() + " to " + out, spec.commandLine().getOut(), err);
    }
}
