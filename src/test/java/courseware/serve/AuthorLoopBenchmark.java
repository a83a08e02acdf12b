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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Prints the author loop's figures on this machine (not a test: timings are reported, never asserted):
 * {@code check --strict} on content/ with JVM start (the jar, as a new process), a warm full rebuild of
 * content/ (in one JVM, after a first build), and edit-to-reload of one lesson in serve (a lesson
 * file written, until the server-sent event arrives). Math comes from a warm cache throughout.
 * Run (after ./courseware has built the jar): see docs/benchmarks.md, "Author loop".
 */
final class AuthorLoopBenchmark {
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path work = Files.createTempDirectory("courseware-bench");
        Path content = TestContent.copy(Path.of("content"), work.resolve("content"));
        Path cache = work.resolve("cache");
        System.out.println("author loop on " + content + " (" + Runtime.getRuntime().availableProcessors() + " cores, JDK "
                + Runtime.version() + "), median of " + runs + " runs after one warm-up");

        // 1. check --strict including JVM start: the jar in a new process, as ./courseware runs it.
        Path jar = Path.of("target/courseware.jar");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow",
                "-jar", jar.toString(), "check", "--strict", "--content", content.toString(), "--cache", cache.toString()));
        double[] check = new double[runs];
        for (int i = -1; i < runs; i++) {
            long t = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("check.out").toFile()).start();
            if (p.waitFor() != 0) throw new IllegalStateException("check failed: " + Files.readString(work.resolve("check.out")));
            if (i >= 0) check[i] = ms(t);
        }
        print("check --strict on content/, JVM start included", check);

        // 2. Warm full rebuild in one JVM.
        double[] build = new double[runs];
        for (int i = -2; i < runs; i++) {
            long t = System.nanoTime();
            Cli.Run run = Cli.run("build", "--strict", "--content", content.toString(), "--out", work.resolve("site").toString(),
                    "--cache", cache.toString());
            if (run.exitCode() != 0) throw new IllegalStateException(run.err());
            if (i >= 0) build[i] = ms(t);
        }
        print("warm full rebuild of content/ (in-process build --strict)", build);

        // 3. Edit-to-reload in serve.
        BuildOptions options = new BuildOptions(content, Path.of("templates"), work.resolve("served"), cache, true);
        Path lesson;
        try (var files = Files.list(content)) {
            lesson = files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        String original = Files.readString(lesson);
        double[] reload = new double[runs];
        try (LiveSite site = LiveSite.start(options, "127.0.0.1", 0, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
                Socket socket = new Socket("127.0.0.1", site.address().getPort())) {
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
                String edited = original.replace("\n## Summary\n", "\n## Summary\n\n- Edit " + (i + 2) + " made while serving.\n");
                long t = System.nanoTime();
                Files.writeString(lesson, edited);
                String event = events.poll(60, TimeUnit.SECONDS);
                if (!"reload".equals(event)) throw new IllegalStateException("expected a reload event, got " + event);
                if (i >= 0) reload[i] = ms(t);
                Thread.sleep(300);
                events.clear();
            }
        } finally {
            Files.writeString(lesson, original);
        }
        print("edit-to-reload of one lesson in serve (file written -> server-sent event)", reload);
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static void print(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%-75s median %6.0f ms (min %.0f, max %.0f)%n", what, sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
    }
}
