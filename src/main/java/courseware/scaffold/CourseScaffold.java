package courseware.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code init}: a new course in an empty folder, laid out as this repository's own course is (content/ with
 * course.yml and a first lesson from {@link LessonScaffold}), plus what a course repository needs around it: a
 * .gitignore, a README naming the two commands that matter, and a GitHub Actions workflow that builds, caches the
 * typeset math, reports every problem on its line and publishes the site to GitHub Pages.
 */
public final class CourseScaffold {
    /** The first lesson's id and title. */
    static final String FIRST_ID = "01-01";
    static final String FIRST_TITLE = "First lesson";

    /** What was written, relative to the course folder, in the order written. */
    public record Written(Path course, List<Path> files) {}

    private CourseScaffold() {}

    /**
     * @param version the tool's version, pinned in the workflow so CI builds with the courseware that made the course
     */
    public static Written create(Path dir, String title, String version) throws IOException, LessonScaffold.Refused {
        if (title.isBlank()) throw new LessonScaffold.Refused("give the course a title");
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new LessonScaffold.Refused(dir + " is a file, not a folder");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) { // a fresh clone holds only .git: that is empty enough
                if (entries.anyMatch(e -> !e.getFileName().toString().equals(".git"))) {
                    throw new LessonScaffold.Refused(dir + " is not empty; init writes a new course only into an empty or new folder"
                            + " (or one holding only .git)");
                }
            }
        }
        String quotedTitle = title.strip().replace("\\", "\\\\").replace("\"", "\\\"");
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        write(dir, "content/course.yml", resource("course.yml").replace("@TITLE@", quotedTitle));
        Path lesson = LessonScaffold.create(content, FIRST_ID, FIRST_TITLE, null).lesson();
        write(dir, ".gitignore", resource("gitignore"));
        write(dir, "README.md", resource("README.md").replace("@TITLE@", title.strip()).replace("@VERSION@", version));
        write(dir, ".github/workflows/site.yml", resource("workflows/site.yml").replace("@VERSION@", version));
        return new Written(dir, List.of(Path.of("content/course.yml"), dir.relativize(lesson), Path.of(".gitignore"),
                Path.of("README.md"), Path.of(".github/workflows/site.yml")));
    }

    private static void write(Path dir, String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CourseScaffold.class.getResourceAsStream("course/" + name)) {
            if (in == null) throw new IOException("the course template " + name + " is missing from the courseware jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
