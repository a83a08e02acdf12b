package courseware.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import courseware.diag.Diagnostics;
import courseware.diag.Source;
import courseware.load.Content;
import courseware.pipeline.Checking;
import courseware.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schemas in docs/schema/ are what {@link YamlSchemas} makes from the model today, every
 * piece of YAML in content/ passes them, and the schema and the tool agree on keys and types.
 */
class YamlSchemaTest {
    private static final Path SCHEMAS = Path.of("docs/schema");
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @Test
    void shippedSchemasAreTheGeneratedOnes() throws IOException {
        for (YamlSchemas.Spec spec : YamlSchemas.SPECS) {
            String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(YamlSchemas.schema(spec)) + "\n";
            Golden.assertMatches(SCHEMAS.resolve(spec.file()), json);
        }
    }

    private static Schema schema(String file) throws IOException {
        return REGISTRY.getSchema(Files.readString(SCHEMAS.resolve(file), StandardCharsets.UTF_8));
    }

    private static List<String> problems(String schemaFile, String yaml) throws IOException {
        JsonNode node = YAML.readTree(yaml);
        return schema(schemaFile).validate(node).stream().map(Error::toString).toList();
    }

    /** The fenced blocks of one kind in a lesson, with the line after each opening fence. */
    private static List<String[]> fenced(String text, String info) {
        List<String[]> blocks = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].strip().equals("```" + info)) continue;
            StringBuilder body = new StringBuilder();
            int start = i + 2;
            while (++i < lines.length && !lines[i].strip().equals("```")) body.append(lines[i]).append('\n');
            blocks.add(new String[] {String.valueOf(start), body.toString()});
        }
        return blocks;
    }

    @Test
    void everyPieceOfYamlInContentPassesItsSchema() throws IOException {
        List<String> failures = new ArrayList<>();
        failures.addAll(problems("course.schema.json", Files.readString(Path.of("content/course.yml"))).stream()
                .map(p -> "content/course.yml: " + p).toList());
        List<Path> lessons;
        try (Stream<Path> files = Files.list(Path.of("content"))) {
            lessons = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(lessons.size() >= 4, "the lessons in content/");
        int quizzes = 0;
        int figures = 0;
        for (Path lesson : lessons) {
            String text = Files.readString(lesson, StandardCharsets.UTF_8);
            Diagnostics d = new Diagnostics();
            FrontMatterSplit split = FrontMatterSplit.of(new Source(lesson, lesson.toString(), text), d).orElseThrow();
            for (String p : problems("lesson-front-matter.schema.json", split.yaml())) failures.add(lesson + ":2: " + p);
            for (String[] block : fenced(text, "quiz")) {
                for (String p : problems("quiz.schema.json", block[1])) failures.add(lesson + ":" + block[0] + ": " + p);
                quizzes++;
            }
            for (String[] block : fenced(text, "figure")) {
                for (String p : problems("figure.schema.json", block[1])) failures.add(lesson + ":" + block[0] + ": " + p);
                figures++;
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(quizzes >= 10 && figures >= 3, quizzes + " quiz blocks, " + figures + " figure blocks");
    }

    /** Editors find the schemas from the modeline; the scaffold's lessons and course.yml live in content/. */
    @Test
    void scaffoldedLessonsAndCourseYmlNameTheShippedSchemas() throws IOException {
        String template = new String(courseware.scaffold.LessonScaffold.class.getResourceAsStream("lesson.md").readAllBytes(),
                StandardCharsets.UTF_8);
        for (String[] pair : new String[][] {{template, "lesson-front-matter.schema.json"},
                {Files.readString(Path.of("content/course.yml")), "course.schema.json"}}) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("# yaml-language-server: \\$schema=(\\S+)").matcher(pair[0]);
            assertTrue(m.find(), "no schema modeline in " + pair[0].lines().findFirst().orElse(""));
            Path named = Path.of("content").resolve(m.group(1)).normalize();
            assertEquals(SCHEMAS.resolve(pair[1]), named);
            assertTrue(Files.exists(named), named.toString());
        }
    }

    private static final String COURSE = "title: T\nmodules:\n  - id: m\n    title: M\n";
    private static final String BODY = "\n## Learning objectives\n\n- One.\n\n## Core content\n\nText.\n";

    /** Whether the tool reads this front matter without a problem. */
    private static boolean toolAccepts(String frontMatter) {
        Diagnostics d = new Diagnostics();
        String lesson = "---\n" + frontMatter + "\n---\n" + BODY;
        new Checking().content(new Content(new Source(Path.of("course.yml"), "course.yml", COURSE),
                List.of(new Source(Path.of("l.md"), "l.md", lesson))), d);
        return d.sorted().isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "title2: x", "colour: red", "order: 1.5", "order: '3'", "order: true", "title: 2024",
            "title: true", "title: [a]", "title: {a: b}", "prerequisites: a", "prerequisites: []", "prerequisites: [[a]]",
            "next: [a]", "minutes: 10", "minutes: ten"})
    void schemaAndToolAgreeOnKeysAndTypes(String line) throws IOException {
        String frontMatter = "id: a\ntitle: T\nmodule: m\norder: 1\n" + line;
        if (line.startsWith("title:")) frontMatter = frontMatter.replace("title: T\n", "");
        List<String> schema = problems("lesson-front-matter.schema.json", frontMatter);
        assertEquals(toolAccepts(frontMatter), schema.isEmpty(), frontMatter + "\nschema says: " + schema);
    }

    /** Leaving out each key in turn: the schema requires exactly the keys the tool requires. */
    @Test
    void schemaAndToolAgreeOnRequiredKeys() throws IOException {
        String full = "id: a\ntitle: T\nmodule: m\norder: 1\nminutes: 5\nprerequisites: []\n";
        for (String key : List.of("id", "title", "module", "order", "minutes", "prerequisites")) {
            String without = full.replaceAll("(?m)^" + key + ":.*\n", "");
            List<String> schema = problems("lesson-front-matter.schema.json", without);
            assertEquals(toolAccepts(without), schema.isEmpty(), "without '" + key + "': schema says " + schema);
        }
        String course = COURSE + "planned:\n  - id: p\n    title: P\n";
        for (String key : List.of("title", "modules", "planned")) {
            String without = course.replaceAll("(?ms)^" + key + ":.*?(?=^\\w|\\z)", "");
            Diagnostics d = new Diagnostics();
            new ContentParser().readCourse(new Source(Path.of("course.yml"), "course.yml", without), d);
            List<String> schema = problems("course.schema.json", without);
            assertEquals(d.sorted().isEmpty(), schema.isEmpty(), "without '" + key + "':\n" + without + "schema says " + schema + ", tool " + d.sorted());
        }
    }

    @Test
    void quizKindsAreTheModelsAndUnknownQuizKeysAreRejected() throws IOException {
        String ok = "kind: numeric\nprompt: P\nanswer: \"{{ 1 ~ 1 }}\"\nexplanation: E\n";
        assertEquals(List.of(), problems("quiz.schema.json", ok));
        assertEquals(1, problems("quiz.schema.json", ok.replace("numeric", "essay")).size());
        assertEquals(1, problems("quiz.schema.json", ok + "hint: H\n").size());
        assertEquals(1, problems("quiz.schema.json", "kind: single\nprompt: P\noptions:\n  - text: A\n    corect: true\n").size());
        assertEquals(1, problems("course.schema.json", COURSE + "modules2: []\n").size());
    }
}
