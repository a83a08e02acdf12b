package courseware.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Prints what variants cost on a content folder: the build with its variants, and the same lessons with every
 * {@code vary} block and key taken out (so every item shows the author's values only), each built cold (empty math
 * cache) and then warm (the same build again, in the same JVM, the median of N); and each lesson page's bytes, raw and
 * gzipped, in both. Not a test: figures, never assertions. Run as in docs/benchmarks.md:
 * {@code java -cp ... courseware.pipeline.VariantsBenchmark [content dir] [runs]}
 */
final class VariantsBenchmark {
    public static void main(String[] args) throws Exception {
        Path content = Path.of(args.length > 0 ? args[0] : "content");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("variants-bench");
        Path plain = work.resolve("plain-content");
        Files.createDirectories(plain);
        try (var files = Files.list(content)) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                Files.writeString(plain.resolve(f.getFileName()), f.toString().endsWith(".md") ? withoutVariants(text) : text);
            }
        }
        Result with = measure(content, work.resolve("with"), runs);
        Result without = measure(plain, work.resolve("without"), runs);
        System.out.printf("build of %s, %d lessons (median of %d warm builds after one cold build with an empty math cache)%n",
                content, with.pages().size(), runs);
        System.out.printf("  without variants: cold %.1f s, warm %.2f s, %d answers checked, %d expressions typeset%n",
                without.coldSeconds(), without.warmSeconds(), without.answers(), without.math());
        System.out.printf("  with variants:    cold %.1f s, warm %.2f s, %d answers checked, %d expressions typeset%n",
                with.coldSeconds(), with.warmSeconds(), with.answers(), with.math());
        System.out.println("  lesson page        without (raw / gzip)      with (raw / gzip)        extra (raw / gzip)");
        long[] sum = new long[4];
        for (String page : with.pages().keySet()) {
            long[] a = without.pages().get(page), b = with.pages().get(page);
            System.out.printf("  %-16s %10d / %8d   %10d / %8d   %+10d / %+8d%n", page, a[0], a[1], b[0], b[1], b[0] - a[0], b[1] - a[1]);
            sum[0] += a[0]; sum[1] += a[1]; sum[2] += b[0]; sum[3] += b[1];
        }
        System.out.printf("  %-16s %10d / %8d   %10d / %8d   %+10d / %+8d%n", "all", sum[0], sum[1], sum[2], sum[3], sum[2] - sum[0], sum[3] - sum[1]);
    }

    record Result(double coldSeconds, double warmSeconds, long answers, int math, Map<String, long[]> pages) {}

    private static Result measure(Path content, Path dir, int runs) throws IOException {
        BuildOptions options = new BuildOptions(content, Path.of("templates"), dir.resolve("site"), dir.resolve("cache"), true, Runtime.getRuntime().availableProcessors());
        long start = System.nanoTime();
        BuildReport report = Build.writeOnce(options);
        double cold = (System.nanoTime() - start) / 1e9;
        if (report.failed()) throw new IllegalStateException(content + " does not build: " + report.diagnostics().sorted());
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            Build.writeOnce(options);
            warm.add((System.nanoTime() - t) / 1e9);
        }
        warm.sort(null);
        Map<String, long[]> pages = new TreeMap<>();
        try (var files = Files.list(dir.resolve("site/lessons"))) {
            for (Path p : files.toList()) {
                byte[] bytes = Files.readAllBytes(p);
                pages.put(p.getFileName().toString(), new long[] {bytes.length, gzip(bytes)});
            }
        }
        return new Result(cold, warm.get(warm.size() / 2), report.checks().answers(), report.counts().mathRendered(), pages);
    }

    /** The lesson with its {@code vary} fenced blocks and quiz {@code vary: |} keys (and their indented lines) removed. */
    static String withoutVariants(String text) {
        StringBuilder out = new StringBuilder();
        boolean inBlock = false, inKey = false;
        for (String line : text.split("\n", -1)) {
            if (!inBlock && line.strip().equals("```vary")) { inBlock = true; continue; }
            if (inBlock) { if (line.strip().equals("```")) inBlock = false; continue; }
            if (line.startsWith("vary:")) { inKey = true; continue; }
            if (inKey && (line.startsWith(" ") || line.isEmpty())) { if (line.isEmpty()) inKey = false; else continue; }
            else inKey = false;
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static long gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        }
        return out.size();
    }
}
