package courseware.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import courseware.math.MathRequest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the distinct expressions a build of a course typesets (values written in, as the build does), one JSON
 * object {@code {"tex": ..., "display": ..., "macros": ...}} per line (macros: the course's, as one line of JSON, or
 * "" for none), so the math stage alone ({@code courseware.math.MathStageBenchmark}) and another typesetter (Node's
 * KaTeX) can be timed on exactly the same work in the scale benchmark. Prints how many. Not a test:
 * <pre>
 * java -cp target/classes:target/test-classes:$(deps) courseware.testing.MathRequests /tmp/course /tmp/math.jsonl
 * </pre>
 */
public final class MathRequests {
    private MathRequests() {}

    public static void main(String[] args) throws IOException {
        List<MathRequest> requests = CheckedContent.of(Path.of(args[0])).mathRequests();
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]))) {
            for (MathRequest r : requests) {
                out.write(json.writeValueAsString(Map.of("tex", r.tex(), "display", r.display(), "macros", r.macros())));
                out.newLine();
            }
        }
        System.out.println(requests.size());
    }
}
