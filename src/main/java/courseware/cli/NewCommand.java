package courseware.cli;

import courseware.scaffold.LessonScaffold;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "new", description = "Start something new from a template.", subcommands = NewCommand.Lesson.class)
final class NewCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say what to create: new lesson <id> \"<title>\"");
    }

    @Command(name = "lesson", description = "Write a lesson with every part and one example of each block; it passes check --strict as written.")
    static final class Lesson implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "The lesson id, e.g. 14-03 (letters, digits, '-' and '.').")
        String id;

        @Parameters(index = "1", paramLabel = "TITLE", description = "The lesson title, in quotes.")
        String title;

        @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", description = "Lessons and course.yml (default: ${DEFAULT-VALUE}).")
        Path content;

        @Option(names = "--module", paramLabel = "ID", description = "The module (default: the first in course.yml).")
        String module;

        @Spec CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                LessonScaffold.Written written = LessonScaffold.create(content, id, title, module);
                out.println("wrote " + written.lesson() + (written.unplanned() ? " (and took " + id + " off the plan in course.yml)" : ""));
                out.println("next: edit it, then courseware check --strict (or courseware serve to watch it as you write)");
                out.flush();
                return ExitCodes.OK;
            } catch (LessonScaffold.Refused e) {
                return ExitCodes.refused(err, e.getMessage());
            }
        }
    }
}
