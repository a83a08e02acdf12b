package courseware.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.testing.Cli;
import courseware.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every lesson example in the docs marked {@code <!-- checked -->} (the line before its fence) goes
 * through {@code check --strict} like a lesson, and a problem is reported at the doc's own line.
 * A fence that starts with {@code ---} is a whole lesson, checked alone. The other marked blocks of
 * one doc are fragments of one lesson, in the doc's order: a block starting with {@code ### } goes
 * under Worked examples, a {@code quiz} block under Quiz, anything else (a compute block, prose with
 * {@code {{ }}}, a figure) in the core content; so a compute block in one example declares the names
 * a later one uses. The convention is documented in docs/authoring.md, "Examples in the docs".
 */
class DocExamplesTest {
    private static final String MARK = "<!-- checked -->";
    private static final Pattern FENCE = Pattern.compile("^(`{3,})\\s*([\\w-]*)\\s*$");
    private static final Pattern FRONT_MATTER_KEY = Pattern.compile("^(id|module|prerequisites|next):\\s*\\[?([^\\]#]*)\\]?");
    private static final Pattern PROBLEM = Pattern.compile("^.+?\\.md:(\\d+):(\\d+): (error|warning): (.*)$");

    @TempDir Path tmp;

    /** A line of a generated lesson and where it came from ({@code null}: written by this test). */
    private record Line(String text, String origin) {}

    private record Example(List<Line> lines, boolean wholeLesson) {
        String first() {
            return lines.stream().map(Line::text).filter(t -> !t.isBlank()).findFirst().orElse("");
        }
    }

    private static List<Example> examples(Path doc, List<String> problems) throws IOException {
        List<String> text = Files.readAllLines(doc, StandardCharsets.UTF_8);
        List<Example> found = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            if (!text.get(i).strip().equals(MARK)) continue;
            Matcher fence = i + 1 < text.size() ? FENCE.matcher(text.get(i + 1)) : null;
            if (fence == null || !fence.matches()) {
                problems.add(doc + ":" + (i + 1) + ": " + MARK + " must stand right before a fenced block");
                continue;
            }
            String ticks = fence.group(1);
            String info = fence.group(2);
            boolean wrapper = info.isEmpty() || info.equals("markdown") || info.equals("md");
            List<Line> lines = new ArrayList<>();
            if (!wrapper) lines.add(new Line(text.get(i + 1), doc + ":" + (i + 2)));
            int j = i + 2;
            for (; j < text.size() && !text.get(j).strip().equals(ticks); j++) lines.add(new Line(text.get(j), doc + ":" + (j + 1)));
            if (j == text.size()) {
                problems.add(doc + ":" + (i + 2) + ": the checked block is not closed");
                break;
            }
            if (!wrapper) lines.add(new Line(text.get(j), doc + ":" + (j + 1)));
            found.add(new Example(lines, wrapper && !lines.isEmpty() && lines.get(0).text().equals("---")));
            i = j;
        }
        return found;
    }

    /** The problems {@code check --strict} finds in a doc's checked examples, at the doc's lines. */
    List<String> problems(Path doc) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Example> examples = examples(doc, problems);
        List<Line> core = new ArrayList<>();
        List<Line> worked = new ArrayList<>();
        List<Line> quiz = new ArrayList<>();
        int n = 0;
        for (Example e : examples) {
            if (e.wholeLesson()) {
                problems.addAll(check(doc, e.lines(), "whole-" + n++));
                continue;
            }
            List<Line> part = e.first().startsWith("### ") ? worked : e.first().startsWith("```quiz") ? quiz : core;
            part.addAll(e.lines());
            part.add(new Line("", null));
        }
        if (!core.isEmpty() || !worked.isEmpty() || !quiz.isEmpty()) {
            List<Line> lesson = new ArrayList<>();
            for (String l : List.of("---", "id: docs", "title: The examples of " + doc.getFileName(), "module: docs", "order: 1", "---", "",
                    "## Learning objectives", "", "- Read the examples of the docs.", "", "## Core content", "")) {
                lesson.add(new Line(l, null));
            }
            if (core.isEmpty()) lesson.add(new Line("The examples follow.", null));
            lesson.addAll(core);
            if (!worked.isEmpty()) {
                lesson.add(new Line("## Worked examples", null));
                lesson.add(new Line("", null));
                lesson.addAll(worked);
            }
            if (!quiz.isEmpty()) {
                lesson.add(new Line("## Quiz", null));
                lesson.add(new Line("", null));
                lesson.addAll(quiz);
            }
            problems.addAll(check(doc, lesson, "fragments"));
        }
        return problems;
    }

    /** Runs check --strict on one lesson in a course of its own; maps each problem to its doc line. */
    private List<String> check(Path doc, List<Line> lesson, String name) throws IOException {
        Path content = Files.createDirectories(tmp.resolve(doc.getFileName() + "-" + name).resolve("content"));
        StringBuilder text = new StringBuilder();
        for (Line l : lesson) text.append(l.text()).append('\n');
        String module = "docs";
        Set<String> referenced = new LinkedHashSet<>();
        String id = "";
        for (Line l : lesson) {
            Matcher m = FRONT_MATTER_KEY.matcher(l.text());
            if (!m.find()) continue;
            switch (m.group(1)) {
                case "id" -> id = m.group(2).strip();
                case "module" -> module = m.group(2).strip();
                default -> { for (String ref : m.group(2).split(",")) if (!ref.isBlank()) referenced.add(ref.strip()); }
            }
            if (l.text().equals("---") && !id.isEmpty()) break;
        }
        referenced.remove(id);
        StringBuilder course = new StringBuilder("title: Docs\nmodules:\n  - id: " + module + "\n    title: Docs\n");
        if (!referenced.isEmpty()) {
            course.append("planned:\n");
            for (String ref : referenced) course.append("  - id: ").append(ref).append("\n    title: Planned\n");
        }
        Files.writeString(content.resolve("course.yml"), course);
        Files.writeString(content.resolve("lesson.md"), text);
        Cli.Run run = Cli.run("check", "--strict", "--content", content.toString(), "--cache", Golden.testCache().toString());
        List<String> found = new ArrayList<>();
        for (String out : run.err().lines().toList()) {
            Matcher m = PROBLEM.matcher(out);
            if (!m.matches()) continue;
            int line = Integer.parseInt(m.group(1));
            String origin = line >= 1 && line <= lesson.size() ? lesson.get(line - 1).origin() : null;
            found.add((origin != null ? origin : doc + " (generated line " + line + ")") + ": " + m.group(3) + ": " + m.group(4));
        }
        if (run.exitCode() != 0 && found.isEmpty()) found.add(doc + ": check --strict exited " + run.exitCode() + ": " + run.err());
        return found;
    }

    private static List<Path> docs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            return Stream.concat(Stream.of(Path.of("README.md")), files.filter(f -> f.toString().endsWith(".md")).sorted()).toList();
        }
    }

    @Test
    void everyCheckedExampleInTheDocsPassesCheckStrict() throws IOException {
        List<String> problems = new ArrayList<>();
        int marked = 0;
        for (Path doc : docs()) {
            marked += (int) Files.readAllLines(doc).stream().filter(l -> l.strip().equals(MARK)).count();
            problems.addAll(problems(doc));
        }
        assertEquals(List.of(), problems);
        assertTrue(marked >= 5, marked + " checked examples in the docs");
    }

    @Test
    void aWrongNumberInADocExampleFailsAtTheDocsLine() throws IOException {
        Path doc = Path.of("src/test/resources/docs-examples/wrong.md");
        assertEquals(List.of(doc + ":33: " + MARK + " must stand right before a fenced block",
                doc + ":15: error: stated 0.0164 but the engine gives 0.014644660940672627 (cosine_decay(eta0, K, k) with K=1000, eta0=0.1, k=750);"
                        + " accepted [0.01635, 0.01645)",
                doc + ":26: error: stated 0.06 but the engine gives 0.08535533905932738 (cosine_decay(eta0, K, 250) with K=1000, eta0=0.1);"
                        + " accepted [0.055, 0.065)"), problems(doc));
    }
}
