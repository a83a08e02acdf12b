package courseware.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import courseware.check.CheckResults;
import courseware.check.CheckStage;
import courseware.check.SubstitutedTex;
import courseware.diag.Diagnostics;
import courseware.load.Content;
import courseware.load.ContentLoader;
import courseware.parse.ContentParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the distinct expressions a build of a course typesets (values written in, as the build does), one JSON
 * object {@code {"tex": ..., "display": ...}} per line, so another typesetter (Node's KaTeX in the scale benchmark)
 * can be timed on exactly the same work. Not a test:
 * <pre>
 * java -cp target/classes:target/test-classes:$(deps) courseware.testing.MathRequests /tmp/course /tmp/math.jsonl
 * </pre>
 */
public final class MathRequests {
    private MathRequests() {}

    public static void main(String[] args) throws IOException {
        Diagnostics d = new Diagnostics();
        Content content = new ContentLoader().load(Path.of(args[0]), d);
        ContentParser.Result parsed = new ContentParser().parse(content.courseFile(), content.lessons(), d);
        CheckResults checks = new CheckStage().run(parsed.files(), d);
        Map<String, Boolean> distinct = new LinkedHashMap<>();
        parsed.files().forEach(f -> f.markups().forEach(m -> m.math().forEach(span ->
                distinct.putIfAbsent((span.display() ? "D" : "I") + SubstitutedTex.of(span, checks).tex(), span.display()))));
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]))) {
            for (String key : distinct.keySet()) {
                out.write(json.writeValueAsString(Map.of("tex", key.substring(1), "display", distinct.get(key))));
                out.newLine();
            }
        }
        System.out.println(distinct.size());
    }
}
