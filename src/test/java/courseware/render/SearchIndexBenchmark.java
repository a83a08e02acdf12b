package courseware.render;

import courseware.model.Course;
import courseware.model.Lesson;
import courseware.testing.CheckedContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;

/**
 * Prints what building the search index costs a build: the time to index a course's search documents and write the
 * sharded index the site ships ({@code search/}: head, term shards, stored-field shards; median of N runs in one
 * warm JVM), its size, and the size of the single {@code search-index.js} the site shipped before. With an out folder,
 * writes the shards there with {@code assets/search.js} and MiniSearch, as a site holds them, for
 * {@code .ci/search-load.js} (what a learner's first search loads and waits for). Not a test: figures, never
 * assertions. Run (after test-compile and dependency:build-classpath, as in docs/benchmarks.md):
 * {@code java -cp ... courseware.render.SearchIndexBenchmark <content dir> [runs] [out dir]}
 */
final class SearchIndexBenchmark {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "content");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        CheckedContent content = CheckedContent.of(dir);
        Course course = content.course();
        ViewBuilder views = new ViewBuilder(course, (s, c) -> "", content.checks());
        SearchIndex search = new SearchIndex();
        for (Lesson lesson : course.lessons()) search.add(lesson, views);
        SortedMap<String, byte[]> files = search.files(); // warm-up
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            files = search.files();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        long total = files.values().stream().mapToLong(b -> b.length).sum();
        long terms = files.keySet().stream().filter(p -> p.startsWith(SearchIndex.DIR + "t")).count();
        System.out.printf("search index of %s: %d lessons, %d sections; single search-index.js %,d bytes (before)%n", dir,
                course.lessons().size(), search.docs().size(), search.script().length);
        System.out.printf("  sharded: %,d bytes in %d files (head %,d, %d term shards, %d stored-field shards)%n", total,
                files.size(), files.get(SearchIndex.DIR + "head.js").length, terms, files.size() - 1 - terms);
        System.out.printf("  index and write: median %.0f ms (min %.0f, max %.0f) of %d runs, %s%n", nanos[runs / 2] / 1e6,
                nanos[0] / 1e6, nanos[runs - 1] / 1e6, runs, Runtime.version());
        if (args.length > 2) {
            Path out = Path.of(args[2]);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.createDirectories(out.resolve(f.getKey()).getParent());
                Files.write(out.resolve(f.getKey()), f.getValue());
            }
            Files.createDirectories(out.resolve("assets/vendor"));
            Files.copy(Path.of("templates/assets/search.js"), out.resolve("assets/search.js"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(Path.of("templates/assets/nav.js"), out.resolve("assets/nav.js"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(Path.of("templates/assets/vendor/minisearch-7.2.0.min.js"), out.resolve("assets/vendor/minisearch-7.2.0.min.js"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
