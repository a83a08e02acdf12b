package courseware.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import courseware.diag.Diagnostic;
import courseware.diag.DiagnosticPrinter;
import courseware.testing.Golden;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated lessons (a seeded loop, so a failure replays) never crash a run: every outcome is a
 * pass or positioned diagnostics inside the file, never an internal error. One Build serves all
 * rounds, as in a watch loop, so KaTeX stays warm.
 */
class FuzzTest {
    private static final long SEED = 20261202L;
    private static final int ROUNDS = Integer.getInteger("courseware.fuzzRounds", 60);
    /** Fragments that stress the format: delimiters, YAML, headings, values, fences, odd characters. */
    private static final String[] NOISE = {
        "{{", "}}", "{{ x ~ 0.1 }}", "$", "$$", "\\", "```", "```compute\n", "```quiz\n", "---\n", ": ", "- ", "#", "## ",
        "#### Solution\n", "\n\n", "\t", "~", "\"", "'", "|", "[a](javascript:x)", "<b>", "&#x61;", "\u0000", "\u2212",
        "\uFEFF", "é", "😀", "1e999", "-0", "NaN", "inf", "(", ")", "[", "]", ",", "=", "given ", "\r\n", "!!binary ",
    };

    @TempDir Path tmp;

    @Test
    void mutatedLessonsGiveOnlyPositionedDiagnostics() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        List<Path> lessons = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("content"))) {
            for (Path p : files.sorted().toList()) {
                Files.copy(p, content.resolve(p.getFileName()));
                if (p.toString().endsWith(".md")) lessons.add(content.resolve(p.getFileName()));
            }
        }
        List<String> originals = new ArrayList<>();
        for (Path p : lessons) originals.add(Files.readString(p));

        SplittableRandom random = new SplittableRandom(SEED);
        int failedRuns = 0;
        try (Build build = new Build(new BuildOptions(content, Path.of("templates"), tmp.resolve("site"), Golden.testCache(), true))) {
            for (int round = 0; round < ROUNDS; round++) {
                int which = random.nextInt(lessons.size());
                String mutant = mutate(originals.get(which), random);
                Files.writeString(lessons.get(which), mutant);
                BuildReport report = build.check();
                if (report.failed()) failedRuns++;
                for (Diagnostic d : report.diagnostics().sorted()) {
                    if (d.message().startsWith("internal error")) {
                        fail("round " + round + " (seed " + SEED + "): " + d.headline() + "\n--- mutant ---\n" + mutant);
                    }
                    assertTrue(d.pos().line() >= 1 && d.pos().line() <= d.pos().source().lineCount() + 1, d.headline());
                    assertTrue(d.pos().col() >= 1, d.headline());
                }
                StringWriter printed = new StringWriter();
                DiagnosticPrinter.print(report.diagnostics(), new PrintWriter(printed));
                assertFalse(printed.toString().contains("Exception"), printed.toString());
                Files.writeString(lessons.get(which), originals.get(which));
            }
            assertFalse(build.check().failed(), "the restored content passes again");
        }
        assertTrue(failedRuns > ROUNDS / 4, "the mutations really break lessons (" + failedRuns + " of " + ROUNDS + " failed)");
    }

    /** One to three edits: delete, duplicate or swap lines, insert noise, truncate. */
    static String mutate(String text, SplittableRandom random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits && !lines.isEmpty(); i++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(5)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                case 2 -> {
                    int other = random.nextInt(lines.size());
                    String a = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, a);
                }
                case 3 -> {
                    String line = lines.get(at);
                    int col = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
                    lines.set(at, line.substring(0, col) + NOISE[random.nextInt(NOISE.length)] + line.substring(col));
                }
                default -> {
                    String line = lines.get(at);
                    lines.set(at, line.substring(0, line.isEmpty() ? 0 : random.nextInt(line.length())));
                }
            }
        }
        return String.join("\n", lines);
    }

    @Test
    void mutationIsDeterministic() {
        assertEquals(mutate("a\nb\nc\nd", new SplittableRandom(1)), mutate("a\nb\nc\nd", new SplittableRandom(1)));
    }
}
