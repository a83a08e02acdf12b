package courseware.cli;

import courseware.scaffold.CourseScaffold;
import courseware.scaffold.LessonScaffold;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init", description = "Start a new course in an empty or new folder: course.yml, a first lesson that passes "
        + "check --strict, .gitignore, a README and a GitHub Actions workflow that builds and publishes the site.")
final class InitCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The course folder (default: the current folder).")
    Path dir = Path.of("");

    @Option(names = "--title", paramLabel = "TITLE", defaultValue = "My course", description = "The course title (default: ${DEFAULT-VALUE}).")
    String title;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = dir.toString().isEmpty() ? Path.of("").toAbsolutePath() : dir;
        try {
            CourseScaffold.Written written = CourseScaffold.create(folder, title, Versions.courseware());
            for (Path f : written.files()) out.println("wrote " + written.course().resolve(f));
            String cd = dir.toString().isEmpty() ? "" : "cd " + dir + " && ";
            out.println("next: " + cd + "courseware serve   (preview as you write; courseware build --strict is what CI runs)");
            out.flush();
            return ExitCodes.OK;
        } catch (LessonScaffold.Refused e) {
            return ExitCodes.refused(err, e.getMessage());
        }
    }
}
