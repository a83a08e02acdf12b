package courseware.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import courseware.render.Theme;
import courseware.testing.Cli;
import courseware.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init writes a course that builds strictly as written, with a CI workflow of the shape GitHub Actions requires. */
class InitTest {
    @TempDir Path tmp;

    private Path init(String... more) {
        Path course = tmp.resolve("course");
        List<String> args = new ArrayList<>(List.of("init", course.toString()));
        args.addAll(List.of(more));
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return course;
    }

    @Test
    void aNewCoursePassesStrictCheckAndTakesASecondLesson() throws IOException {
        Path course = init("--title", "Signals \"and\" noise");
        assertTrue(Files.readString(course.resolve("content/course.yml")).startsWith("title: \"Signals \\\"and\\\" noise\"\n"));
        Cli.Run lesson = Cli.run("new", "lesson", "01-02", "Second lesson", "--content", course.resolve("content").toString());
        assertEquals(0, lesson.exitCode(), lesson.err());
        Cli.Run check = Cli.run("check", "--strict", "--content", course.resolve("content").toString(),
                "--cache", Golden.testCache().toString(), "--templates", course.resolve("templates-none").toString());
        assertEquals(2, check.exitCode(), "a templates folder that is named must exist");
        // The built-in theme alone: an empty templates folder overrides nothing.
        Path noOverrides = Files.createDirectories(tmp.resolve("no-overrides"));
        check = Cli.run("check", "--strict", "--content", course.resolve("content").toString(), "--cache", Golden.testCache().toString(),
                "--templates", noOverrides.toString());
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(check.out().startsWith("checked (2 lessons;"), check.out());
        assertEquals("site/\n.cache/\n", String.join("\n", Files.readAllLines(course.resolve(".gitignore")).stream()
                .filter(l -> !l.startsWith("#")).toList()) + "\n");
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Files.createDirectories(tmp.resolve("full"));
        Files.writeString(tmp.resolve("full/notes.txt"), "mine");
        Cli.Run run = Cli.run("init", tmp.resolve("full").toString());
        assertEquals(2, run.exitCode());
        assertEquals("courseware: error: " + tmp.resolve("full") + " is not empty; init writes a new course only into an empty or new folder"
                + " (or one holding only .git)\n", run.err());
        assertEquals("mine", Files.readString(tmp.resolve("full/notes.txt")));
    }

    @Test
    void aFreshCloneHoldingOnlyGitIsEmptyEnough() throws IOException {
        Files.createDirectories(tmp.resolve("clone/.git"));
        Cli.Run run = Cli.run("init", tmp.resolve("clone").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(tmp.resolve("clone/content/course.yml")));
    }

    @Test
    void theReadmeTellsTheTwoCommandsThatMatter() throws IOException {
        String readme = Files.readString(init().resolve("README.md"));
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```sh\n(.*?)\n```", Pattern.DOTALL).matcher(readme);
        while (m.find()) blocks.add(m.group(1));
        assertEquals(List.of("courseware serve", "courseware build --strict"), blocks);
        assertTrue(readme.contains("COURSEWARE_ZIP_URL"), "it says what the workflow needs");
    }

    @Test
    void theWorkflowHasTheStructureGitHubActionsRequires() throws IOException {
        Path file = init().resolve(".github/workflows/site.yml");
        JsonNode workflow = new YAMLMapper().readTree(file.toFile());
        String schema = Files.readString(Path.of("src/test/resources/schemas/github-workflow.schema.json"), StandardCharsets.UTF_8);
        List<String> problems = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema)
                .validate(workflow).stream().map(Error::toString).toList();
        assertEquals(List.of(), problems);
        // What a schema cannot say: needs names jobs that exist, expressions are closed, the steps do what CI must.
        JsonNode jobs = workflow.get("jobs");
        jobs.properties().forEach(job -> {
            JsonNode needs = job.getValue().get("needs");
            if (needs != null) assertTrue(jobs.has(needs.asText()), job.getKey() + " needs a job that exists");
        });
        String text = Files.readString(file);
        assertEquals(count(text, "${{"), count(text, "}}"), "every ${{ expression is closed");
        assertTrue(text.contains("courseware build --strict --report junit=") && text.contains("--github-annotations"));
        assertTrue(text.contains("path: .cache\n"), "typeset math and lesson results are cached between runs");
        assertTrue(text.contains("COURSEWARE_VERSION: \"" + Versions.courseware() + "\""), "CI builds with this courseware");
        List<String> uses = new ArrayList<>();
        workflow.findValues("uses").forEach(u -> uses.add(u.asText().replaceAll("@.*", "")));
        assertTrue(uses.containsAll(List.of("actions/checkout", "actions/setup-java", "actions/cache", "actions/upload-pages-artifact",
                "actions/deploy-pages")), uses.toString());
        assertEquals(Map.of("pages", "write", "id-token", "write"), Map.of(
                "pages", jobs.get("publish").get("permissions").get("pages").asText(),
                "id-token", jobs.get("publish").get("permissions").get("id-token").asText()), "Pages deployment needs both");
    }

    @Test
    void ejectWritesTheBuiltInThemeAndRefusesAFullFolder() throws IOException {
        Path into = tmp.resolve("theme");
        Cli.Run run = Cli.run("theme", "eject", into.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (Map.Entry<String, byte[]> f : Theme.builtInFiles().entrySet()) {
            assertTrue(java.util.Arrays.equals(f.getValue(), Files.readAllBytes(into.resolve(f.getKey()))), f.getKey());
        }
        assertTrue(Theme.builtInFiles().containsKey("lesson.ftlh") && Theme.builtInFiles().containsKey("assets/quiz.js"));
        assertEquals(Files.readString(Path.of("templates/layout.ftlh")), Files.readString(into.resolve("layout.ftlh")),
                "the built-in theme is this repository's templates/");
        Cli.Run again = Cli.run("theme", "eject", into.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("is not empty"), again.err());
    }

    @Test
    void versionNamesTheToolKatexAndGraaljs() {
        Cli.Run run = Cli.run("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().matches("courseware \\d+\\.\\d+\\.\\d+\\S* \\(KaTeX 0\\.\\d+\\.\\d+, GraalJS \\d+\\.\\d+\\.\\d+; on Java .+\\)\n"), run.out());
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }
}
