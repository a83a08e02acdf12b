package courseware.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.diag.Diagnostic;
import courseware.testing.Golden;
import courseware.testing.TestContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Build that lives on redoes only what changed, and gives the bytes a fresh build gives. */
class IncrementalBuildTest {
    @TempDir Path tmp;

    private BuildOptions options(Path content, Path out) {
        return new BuildOptions(content, Path.of("templates"), out, Golden.testCache(), true);
    }

    private Path copyOfContent() throws IOException {
        return TestContent.copy(Path.of("content"), tmp.resolve("content"));
    }

    @Test
    void anEditRedoesThatLessonOnlyAndTheSiteMatchesAFreshBuild() throws IOException {
        Path content = copyOfContent();
        Path lesson = content.resolve("14-10-stochastic-nonconvex-optimization.md");
        try (Build build = new Build(options(content, tmp.resolve("site")))) {
            BuildReport first = build.write();
            assertFalse(first.failed());
            assertEquals(0, first.counts().lessonsReused());

            Files.writeString(lesson, Files.readString(lesson).replace("## Summary\n", "## Summary\n\n- An added line.\n"));
            BuildReport second = build.write();
            assertFalse(second.failed(), second.diagnostics().sorted().toString());
            assertEquals(first.lessons() - 1, second.counts().lessonsReused(), "only the edited lesson is redone");
            assertEquals(0, second.mathRendered(), "its math is unchanged, so it all comes from the cache");
        }
        Build.writeOnce(options(content, tmp.resolve("fresh")));
        Map<String, byte[]> incremental = files(tmp.resolve("site"));
        Map<String, byte[]> fresh = files(tmp.resolve("fresh"));
        assertEquals(fresh.keySet(), incremental.keySet());
        fresh.forEach((path, bytes) -> assertArrayEquals(bytes, incremental.get(path), path));
        assertTrue(new String(incremental.get("lessons/14-10.html"), java.nio.charset.StandardCharsets.UTF_8).contains("An added line."));
    }

    @Test
    void aFixedLessonNoLongerReportsItsProblemAndARemovedOneIsForgotten() throws IOException {
        Path content = copyOfContent();
        Path lesson = content.resolve("14-07-sgd-gradient-direction.md");
        String good = Files.readString(lesson);
        try (Build build = new Build(options(content, tmp.resolve("site")))) {
            Files.writeString(lesson, good.replace("## Summary", "## Sumary"));
            BuildReport broken = build.check();
            assertTrue(broken.failed());
            assertTrue(broken.diagnostics().sorted().stream().map(Diagnostic::message).anyMatch(m -> m.contains("did you mean '## Summary'")));

            Files.writeString(lesson, good);
            BuildReport fixed = build.check();
            assertFalse(fixed.failed(), fixed.diagnostics().sorted().toString());

            Files.delete(content.resolve("14-09-neural-network-sgd.md"));
            BuildReport fewer = build.check();
            assertEquals(broken.lessons() - 1, fewer.lessons());
            assertEquals(fewer.lessons(), fewer.counts().lessonsReused(), "the others are all reused");
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }
}
