package courseware.render;

import courseware.model.Course;
import courseware.model.Lesson;
import courseware.testing.CheckedContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Prints what building the search index costs a build: the time to index a course's search documents and write
 * {@code search-index.js} (median of N runs in one warm JVM), and the script's size, which is what a learner's
 * browser loads on the first search ({@code .ci/search-load.js} times that side in Node). Not a test: figures,
 * never assertions. Run (after test-compile and dependency:build-classpath, as in docs/benchmarks.md):
 * {@code java -cp ... courseware.render.SearchIndexBenchmark <content dir> [runs] [script out]}
 */
final class SearchIndexBenchmark {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "content");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        CheckedContent content = CheckedContent.of(dir);
        Course course = content.course();
        ViewBuilder views = new ViewBuilder(course, s -> "", content.checks());
        SearchIndex search = new SearchIndex();
        for (Lesson lesson : course.lessons()) search.add(lesson, views);
        byte[] script = search.script(); // warm-up
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            script = search.script();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("search index of %s: %d lessons, %d sections, script %,d bytes%n", dir, course.lessons().size(),
                search.docs().size(), script.length);
        System.out.printf("  index and write: median %.0f ms (min %.0f, max %.0f) of %d runs, %s%n", nanos[runs / 2] / 1e6,
                nanos[0] / 1e6, nanos[runs - 1] / 1e6, runs, Runtime.version());
        if (args.length > 2) Files.write(Path.of(args[2]), script);
    }
}
