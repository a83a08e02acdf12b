package courseware.serve;

import courseware.pipeline.BuildOptions;
import courseware.testing.Cli;
import courseware.testing.TestContent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the author loop's figures on this machine against their goals (not a test: timings are reported, never
 * asserted), each the median of N runs after one warm-up, with math from a warm cache throughout:
 * {@code check --strict} on content/ with JVM start (through {@code ./courseware}, as an author runs it, and as plain
 * {@code java -jar}), a warm full rebuild of content/ (in one JVM, after a first build), and edit-to-reload of one
 * lesson in serve: from the lesson file written until an HTTP GET of its page returns the edited text (the GET made
 * when the server-sent {@code reload} event arrives, as the page's live script does; polled on if that page were
 * not yet the new one). Run from the checkout's root after ./courseware has built the jar: see docs/benchmarks.md,
 * "Author loop" ({@code .ci/bench-scale --author-loop} runs it too).
 */
final class AuthorLoopBenchmark {
    private static final double CHECK_GOAL_MS = 1500;
    private static final double REBUILD_GOAL_MS = 1000;
    private static final double RELOAD_GOAL_MS = 300;

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path work = Files.createTempDirectory("courseware-bench");
        Path content = TestContent.copy(Path.of("content"), work.resolve("content"));
        Path cache = work.resolve("cache");
        System.out.println("author loop on " + content + " (" + Runtime.getRuntime().availableProcessors() + " cores, JDK "
                + Runtime.version() + "), median of " + runs + " runs after one warm-up, math cache warm");
        System.out.printf("%-68s %9s %17s %10s  %s%n", "figure", "median", "(min - max)", "goal", "");

        // 1. check --strict including JVM start, in a new process: as the author runs it (the launcher's JVM flags and
        // AOT cache; the warm-up run writes that cache if it is missing), and as plain java -jar.
        List<String> check = List.of("check", "--strict", "--content", content.toString(), "--cache", cache.toString());
        List<String> launcher = new ArrayList<>(List.of(Path.of("courseware").toAbsolutePath().toString()));
        launcher.addAll(check);
        List<String> plain = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow",
                "-jar", Path.of("target/courseware.jar").toString()));
        plain.addAll(check);
        print("check --strict on content/, JVM start included (./courseware)", processRuns(launcher, runs, work), CHECK_GOAL_MS);
        print("  the same as plain java -jar (no AOT cache, default collector)", processRuns(plain, runs, work), CHECK_GOAL_MS);

        // 2. Warm full rebuild in one JVM.
        double[] build = new double[runs];
        for (int i = -2; i < runs; i++) {
            long t = System.nanoTime();
            Cli.Run run = Cli.run("build", "--strict", "--content", content.toString(), "--out", work.resolve("site").toString(),
                    "--cache", cache.toString());
            if (run.exitCode() != 0) throw new IllegalStateException(run.err());
            if (i >= 0) build[i] = ms(t);
        }
        print("warm full rebuild of content/ (in-process build --strict)", build, REBUILD_GOAL_MS);

        // 3. Edit-to-reload in serve: file written -> reload event -> GET of the lesson's page holds the edit.
        BuildOptions options = new BuildOptions(content, Path.of("templates"), work.resolve("served"), cache, true);
        Path lesson;
        try (var files = Files.list(content)) {
            lesson = files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        String original = Files.readString(lesson);
        double[] reload = new double[runs];
        double[] event = new double[runs];
        int polled = 0;
        try (LiveSite site = LiveSite.start(options, "127.0.0.1", 0, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
                Socket socket = new Socket("127.0.0.1", site.address().getPort());
                HttpClient http = HttpClient.newHttpClient()) {
            URI page = site.address().resolve(lessonPage(original));
            if (get(http, page).statusCode() != 200) throw new IllegalStateException("no page at " + page);
            socket.getOutputStream().write(("GET " + SiteServer.EVENTS + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            Thread reader = new Thread(() -> {
                try {
                    for (String line; (line = in.readLine()) != null; ) if (line.startsWith("event: ")) events.add(line.substring(7));
                } catch (IOException e) {
                    // closed at the end
                }
            });
            reader.setDaemon(true);
            reader.start();
            Thread.sleep(1000); // connected, and any initial event delivered
            events.clear();
            for (int i = -1; i < runs; i++) {
                String mark = "Edit " + (i + 2) + " made while serving.";
                String edited = original.replace("\n## Summary\n", "\n## Summary\n\n- " + mark + "\n");
                if (edited.equals(original)) throw new IllegalStateException(lesson + " has no \"## Summary\" to edit under");
                long t = System.nanoTime();
                Files.writeString(lesson, edited);
                String what = events.poll(60, TimeUnit.SECONDS);
                if (!"reload".equals(what)) throw new IllegalStateException("expected a reload event, got " + what);
                double eventMs = ms(t);
                boolean first = true;
                while (!get(http, page).body().contains(mark)) { // the site is swapped in before the event: not expected
                    if (first && i >= 0) polled++;
                    first = false;
                    if (ms(t) > 60_000) throw new IllegalStateException(page + " never showed the edit");
                    Thread.sleep(10);
                }
                if (i >= 0) {
                    reload[i] = ms(t);
                    event[i] = eventMs;
                }
                Thread.sleep(300);
                events.clear();
            }
        } finally {
            Files.writeString(lesson, original);
        }
        deleteTree(work);
        print("edit-to-reload of one lesson in serve (file written -> GET has it)", reload, RELOAD_GOAL_MS);
        print("  of which file written -> server-sent reload event", event, Double.NaN);
        if (polled > 0) System.out.println("  (" + polled + " of " + runs + " edits: the page GET at the reload event was still the old one)");
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** Wall times of {@code runs} runs of a command after one warm-up run, each a new process. */
    private static double[] processRuns(List<String> command, int runs, Path work) throws IOException, InterruptedException {
        double[] times = new double[runs];
        Path out = work.resolve("process.out");
        for (int i = -1; i < runs; i++) {
            long t = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (p.waitFor() != 0) throw new IllegalStateException(command + " failed: " + Files.readString(out));
            if (i >= 0) times[i] = ms(t);
        }
        return times;
    }

    /** The site path of a lesson's page (as render.ViewBuilder.lessonPath names it), from the lesson's id. */
    private static String lessonPage(String lessonText) {
        Matcher id = Pattern.compile("(?m)^id:\\s*(\\S+)\\s*$").matcher(lessonText);
        if (!id.find()) throw new IllegalStateException("a lesson without an id");
        return "lessons/" + id.group(1) + ".html";
    }

    private static HttpResponse<String> get(HttpClient http, URI page) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /** One figure's line: median, min and max, and the goal with met or missed (no goal: NaN). */
    private static void print(String what, double[] ms, double goalMs) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        String goal = Double.isNaN(goalMs) ? "" : String.format("%10s  %s", "<= " + Math.round(goalMs) + " ms", median <= goalMs ? "met" : "missed");
        System.out.printf("%-68s %6.0f ms %17s %s%n", what, median, String.format("(%.0f - %.0f ms)", sorted[0], sorted[sorted.length - 1]), goal);
    }
}
