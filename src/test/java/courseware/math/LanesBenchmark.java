package courseware.math;

import courseware.testing.CheckedContent;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Prints how long one lane and two lanes take to typeset every distinct expression of {@code content/}, each on a
 * fresh renderer (engine start included, as in a cold build). Not a test: timings are reported, never asserted.
 * Run: java -cp target/classes:target/test-classes:$(deps) courseware.math.LanesBenchmark [rounds]
 */
final class LanesBenchmark {
    private LanesBenchmark() {}

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        List<MathRequest> requests = CheckedContent.of(Path.of("content")).mathRequests();
        System.out.printf("%d distinct expressions of content/, %d cores%n", requests.size(),
                Runtime.getRuntime().availableProcessors());
        for (int round = 0; round < rounds; round++) {
            for (int lanes : new int[] {1, 2}) {
                long start = System.nanoTime();
                try (KatexRenderer katex = new KatexRenderer(Duration.ofSeconds(20), lanes)) {
                    katex.renderAll(requests);
                }
                double s = (System.nanoTime() - start) / 1e9;
                System.out.printf("  %d lane(s): %.1f s, %.1f ms per expression, %.0f expr/s%n",
                        lanes, s, 1000 * s / requests.size(), requests.size() / s);
            }
        }
    }
}
