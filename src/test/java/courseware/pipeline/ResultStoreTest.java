package courseware.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.diag.Diagnostic;
import courseware.testing.TestContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lesson results kept between processes: a new Build reads every unchanged lesson from the store and gives the same
 * site and the same diagnostics as one that parsed and checked them; anything wrong with an entry is a miss.
 */
class ResultStoreTest {
    @TempDir Path tmp;
    private Path content;
    private Path cache;

    @BeforeEach
    void course() throws IOException {
        content = TestContent.copy(Path.of("content"), tmp.resolve("content"));
        cache = seeded(tmp.resolve("cache"));
        // One lesson with problems, so diagnostics must survive the store too.
        Path lesson = content.resolve("14-07-sgd-gradient-direction.md");
        Files.writeString(lesson, Files.readString(lesson).replace("## Summary", "## Sumary"));
    }

    /**
     * A cache folder holding the shared test cache's math, so no test here waits for KaTeX (the math is not what is
     * tested), and no lesson results.
     */
    private static Path seeded(Path dir) throws IOException {
        Path shared = courseware.testing.Golden.testCache().resolve("math");
        Files.createDirectories(dir.resolve("math"));
        if (Files.isDirectory(shared)) {
            try (Stream<Path> files = Files.list(shared)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, dir.resolve("math").resolve(f.getFileName()));
            }
        }
        return dir;
    }

    private BuildOptions options(String out, int threads) {
        return new BuildOptions(content, Path.of("templates"), tmp.resolve(out), cache, true, threads);
    }

    private Path fixedCourse() throws IOException {
        Path lesson = content.resolve("14-07-sgd-gradient-direction.md");
        Files.writeString(lesson, Files.readString(lesson).replace("## Sumary", "## Summary"));
        return lesson;
    }

    @Test
    void aNewBuildReadsEveryUnchangedLessonFromTheStoreWithItsDiagnostics() throws IOException {
        BuildReport first = Build.checkOnce(options("site", 2));
        assertTrue(first.failed());
        assertEquals(0, first.counts().lessonsFromStore());

        BuildReport second = Build.checkOnce(options("site", 2));
        assertEquals(first.lessons(), second.counts().lessonsFromStore(), "nothing changed: every lesson is read back");
        assertEquals(messages(first), messages(second), "the same problems, at the same places");
        assertEquals(first.checks().byRef().size(), second.checks().byRef().size());
        assertEquals(0, second.mathRendered());
    }

    @Test
    void theSiteFromStoredLessonsIsByteIdenticalToAFreshOne() throws IOException {
        fixedCourse();
        BuildReport fresh = Build.writeOnce(options("fresh", 2));
        assertFalse(fresh.failed(), fresh.diagnostics().sorted().toString());
        BuildReport stored = Build.writeOnce(options("stored", 2));
        assertEquals(fresh.lessons(), stored.counts().lessonsFromStore());
        assertSameFiles(tmp.resolve("fresh"), tmp.resolve("stored"));
    }

    @Test
    void anEditedLessonIsParsedAgainAndTheOthersAreRead() throws IOException {
        Path lesson = fixedCourse();
        BuildReport first = Build.checkOnce(options("site", 2));
        assertFalse(first.failed());
        Files.writeString(lesson, Files.readString(lesson).replace("## Summary\n", "## Summary\n\n- An added line.\n"));
        BuildReport second = Build.checkOnce(options("site", 2));
        assertEquals(first.lessons() - 1, second.counts().lessonsFromStore());
    }

    @Test
    void corruptTruncatedAndForeignEntriesAreMissesNeverErrors() throws IOException {
        BuildReport first = Build.checkOnce(options("site", 2));
        List<Path> entries = entries();
        assertEquals(first.lessons(), entries.size());
        byte[] bytes = Files.readAllBytes(entries.get(0));
        bytes[bytes.length / 2] ^= 0x55; // a flipped bit mid-payload: the checksum catches it
        Files.write(entries.get(0), bytes);
        Files.write(entries.get(1), java.util.Arrays.copyOf(Files.readAllBytes(entries.get(1)), 100)); // cut short
        Files.writeString(entries.get(2), "not a lesson entry at all");
        Files.write(entries.get(3), new byte[0]);

        BuildReport second = Build.checkOnce(options("site", 2));
        assertEquals(first.lessons() - 4, second.counts().lessonsFromStore());
        assertEquals(messages(first), messages(second));
        BuildReport third = Build.checkOnce(options("site", 2));
        assertEquals(first.lessons(), third.counts().lessonsFromStore(), "the misses were stored anew");
    }

    @Test
    void anEntryHoldingSomethingOutsideTheModelIsAMiss() throws IOException {
        Build.checkOnce(options("site", 1));
        Path entry = entries().get(0);
        // A well-formed entry (magic, length, checksum) whose object is a java.net class: the input filter refuses it.
        java.io.ByteArrayOutputStream payload = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(new java.util.zip.DeflaterOutputStream(payload))) {
            out.writeObject(java.net.URI.create("https://example.org/"));
        }
        byte[] magic = "courseware result 2\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] body = payload.toByteArray();
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(body);
        Files.write(entry, java.nio.ByteBuffer.allocate(magic.length + 12 + body.length).put(magic).putLong(body.length)
                .putInt((int) crc.getValue()).put(body).array());
        BuildReport again = Build.checkOnce(options("site", 1));
        assertEquals(again.lessons() - 1, again.counts().lessonsFromStore());
    }

    @Test
    void buildsSharingTheStoreAtOnceStayCorrect() throws Exception {
        fixedCourse();
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Callable<BuildReport>> builds = new ArrayList<>();
            for (String out : List.of("a", "b", "c", "d")) builds.add(() -> Build.writeOnce(options(out, 1)));
            for (Future<BuildReport> f : two.invokeAll(builds)) assertFalse(f.get().failed(), f.get().diagnostics().sorted().toString());
        } finally {
            two.shutdown();
        }
        assertSameFiles(tmp.resolve("a"), tmp.resolve("b"));
        assertSameFiles(tmp.resolve("a"), tmp.resolve("d"));
        BuildReport after = Build.writeOnce(options("e", 2));
        assertEquals(after.lessons(), after.counts().lessonsFromStore());
        assertSameFiles(tmp.resolve("a"), tmp.resolve("e"));
        try (Stream<Path> left = Files.list(cache.resolve("lessons"))) {
            assertTrue(left.noneMatch(p -> p.toString().endsWith(".tmp")), "no temporary file is left behind");
        }
    }

    @Test
    void oneThreadAndSeveralGiveTheSameSiteAndTheSameDiagnostics() throws IOException {
        // No store between them (separate caches), so both parse and check everything, one lesson at a time or not.
        BuildReport broken1 = Build.checkOnce(new BuildOptions(content, Path.of("templates"), tmp.resolve("x"), seeded(tmp.resolve("c1")), true, 1));
        BuildReport broken4 = Build.checkOnce(new BuildOptions(content, Path.of("templates"), tmp.resolve("x"), seeded(tmp.resolve("c4")), true, 4));
        assertEquals(messages(broken1), messages(broken4));
        fixedCourse();
        Build.writeOnce(new BuildOptions(content, Path.of("templates"), tmp.resolve("one"), seeded(tmp.resolve("c1b")), true, 1));
        Build.writeOnce(new BuildOptions(content, Path.of("templates"), tmp.resolve("four"), seeded(tmp.resolve("c4b")), true, 4));
        assertSameFiles(tmp.resolve("one"), tmp.resolve("four"));
    }

    @Test
    void keptPagesAreReusedOnlyWhileNothingTheyShowChanged() throws IOException {
        fixedCourse();
        Build.writeOnce(options("first", 2));
        int kept = count(cache.resolve("pages"));
        assertEquals(8, kept, "seven lesson pages and the search files");
        Build.writeOnce(options("again", 2));
        assertEquals(kept, count(cache.resolve("pages")), "nothing changed: every page is read back");
        assertSameFiles(tmp.resolve("first"), tmp.resolve("again"));

        // Another lesson's title is on every page (navigation, neighbours): every page is made again.
        Path other = content.resolve("15-01-floating-point-arithmetic.md");
        Files.writeString(other, Files.readString(other).replaceFirst("(?m)^title: .*$", "title: A renamed lesson"));
        Build.writeOnce(options("renamed", 2));
        assertEquals(kept + 8, count(cache.resolve("pages")));
        // A template change: pages made again, lessons still read from the store.
        Path templates = TestContent.copy(Path.of("templates"), tmp.resolve("templates"));
        Path lessonTemplate = templates.resolve("lesson.ftlh");
        Files.writeString(lessonTemplate, Files.readString(lessonTemplate).replace("<@pager \"top\"/>", "<p>A changed template.</p><@pager \"top\"/>"));
        BuildReport themed = Build.writeOnce(new BuildOptions(content, templates, tmp.resolve("themed"), cache, true, 2));
        assertEquals(themed.lessons(), themed.counts().lessonsFromStore());
        assertTrue(Files.readString(tmp.resolve("themed/lessons/14-07.html")).contains("A changed template."));
        assertTrue(Files.readString(tmp.resolve("themed/lessons/14-07.html")).contains("A renamed lesson"));

        Build.writeOnce(new BuildOptions(content, templates, tmp.resolve("fresh"), seeded(tmp.resolve("nothing-kept")), true, 2));
        assertSameFiles(tmp.resolve("fresh"), tmp.resolve("themed"));
    }

    @Test
    void entriesNoRunUsedForAnHourArePrunedAndUsedOnesAreKept() throws IOException {
        Path lesson = fixedCourse();
        Build.writeOnce(options("site", 2));
        List<Path> before = entries();
        Files.writeString(lesson, Files.readString(lesson).replace("## Summary\n", "## Summary\n\n- An added line.\n"));
        Build.writeOnce(options("site2", 2)); // the lesson's old entry is unused now, but young: kept
        assertEquals(before.size() + 1, entries().size());
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(2)));
        for (Path p : entries()) Files.setLastModifiedTime(p, old);
        try (Stream<Path> pages = Files.list(cache.resolve("pages"))) {
            for (Path p : pages.toList()) Files.setLastModifiedTime(p, old);
        }
        int pagesBefore = count(cache.resolve("pages"));
        BuildReport third = Build.writeOnce(options("site3", 2));
        assertEquals(third.lessons(), third.counts().lessonsFromStore(), "used entries are kept however old");
        assertEquals(before.size(), entries().size(), "the edited lesson's old entry is gone");
        assertTrue(count(cache.resolve("pages")) < pagesBefore, "so are the pages of the lesson before its edit");
        assertEquals(8, count(cache.resolve("pages")));
    }

    private static int count(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return (int) files.count();
        }
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("lessons"))) {
            return files.filter(p -> p.toString().endsWith(".bin")).sorted().toList();
        }
    }

    /** Diagnostics in report order, as the terminal prints them. */
    private static List<String> messages(BuildReport report) {
        return report.diagnostics().sorted().stream().map(Diagnostic::toString).toList();
    }

    private static void assertSameFiles(Path a, Path b) throws IOException {
        Map<String, byte[]> left = files(a);
        Map<String, byte[]> right = files(b);
        assertEquals(left.keySet(), right.keySet());
        left.forEach((path, bytes) -> assertArrayEquals(bytes, right.get(path), path));
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }
}
