package courseware.math;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The math stage alone, as a whole process: typesets the expressions of a JSON-lines file (from
 * {@code courseware.testing.MathRequests}: the distinct expressions a cold build typesets, values written in, with the
 * course's macros) through {@link MathStage} and {@link KatexRenderer}, exactly as a build does, into an empty math
 * cache on disk; then prints one line of JSON: how many expressions, how many typeset and failed, and the time inside
 * the process. The scale benchmark ({@code .ci/bench-scale}) times this process with the JVM flags the launcher
 * would give a build of the same course, and compares a cold build with it. Not a test:
 * <pre>
 * java -cp target/courseware.jar:target/test-classes courseware.math.MathStageBenchmark math.jsonl empty-cache-folder
 * </pre>
 */
final class MathStageBenchmark {
    private MathStageBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: MathStageBenchmark <math.jsonl> <cache folder, empty or missing>");
            System.exit(2);
        }
        Path cacheDir = Path.of(args[1]);
        if (Files.isDirectory(cacheDir)) {
            try (var entries = Files.list(cacheDir)) {
                if (entries.findAny().isPresent()) throw new IOException("the cache folder is not empty: " + cacheDir);
            }
        }
        List<MathRequest> requests = read(Path.of(args[0]));
        long start = System.nanoTime();
        int rendered;
        int failed;
        // As pipeline.Build: one renderer (its lanes) and the math cache under <cache>/math, both closed at the end.
        try (KatexRenderer katex = new KatexRenderer(); MathCache cache = MathCache.onDisk(cacheDir.resolve("math"))) {
            MathStage stage = new MathStage(cache, katex);
            failed = stage.typeset(requests, MathStage.Progress.NONE).size();
            rendered = stage.rendered();
        }
        double ms = (System.nanoTime() - start) / 1e6;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("expressions", requests.size());
        figures.put("rendered", rendered);
        figures.put("failed", failed);
        figures.put("ms", Math.round(ms));
        System.out.println(new ObjectMapper().writeValueAsString(figures));
    }

    /** One request per line: {"tex": ..., "display": ..., "macros": ...} (macros "" or absent for none). */
    static List<MathRequest> read(Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<MathRequest> requests = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode r = json.readTree(line);
                requests.add(new MathRequest(r.get("tex").asText(), r.get("display").asBoolean(), r.path("macros").asText("")));
            }
        }
        return requests;
    }
}
