package courseware.cli;

import courseware.pipeline.BuildOptions;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command shares (a picocli mixin); defaults are the project's top-level folders. */
final class ProjectOptions {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Lessons and course.yml (default: ${DEFAULT-VALUE}).")
    Path content;

    /** Where a course keeps its own templates when nothing is said: used only if that folder exists. */
    static final Path OWN_TEMPLATES = Path.of("templates");

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Templates and assets/ that override the built-in theme file by file (default: templates, when it exists).")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "Site folder to create or replace (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = ".cache",
            description = "Cache of typeset math between builds; safe to delete (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of internal and I/O failures.")
    boolean verbose;

    @Option(names = "--report", paramLabel = "KIND=PATH",
            description = "Also write a report: junit=PATH (one test case per checked answer) or json=PATH. Repeatable.")
    java.util.List<String> reports = new java.util.ArrayList<>();

    @Option(names = "--github-annotations", arity = "0..1", defaultValue = "${env:GITHUB_ACTIONS:-false}",
            description = "Print GitHub Actions annotation lines (default: on when GITHUB_ACTIONS=true).")
    boolean githubAnnotations;

    /** @throws NoSuchFileException when a templates folder was named and is not there */
    BuildOptions toBuildOptions() throws NoSuchFileException {
        if (templates != null && !Files.isDirectory(templates)) {
            throw new NoSuchFileException(templates.toString(), null, "templates folder not found");
        }
        return new BuildOptions(content, templates == null ? OWN_TEMPLATES : templates, out, cache, strict);
    }
}
