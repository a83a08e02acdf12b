package courseware.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution and the self-contained image as an author meets them: unpacked outside the repository, a course
 * started with init in another folder, a second lesson added, built strictly, one template and one asset overridden
 * and found in the site, checked and served. Runs after package (failsafe), on what package wrote.
 */
class DistributionIT {
    private static final Path ZIP = Path.of(System.getProperty("courseware.distribution", "target/courseware.zip"));
    private static final Path IMAGE = Path.of(System.getProperty("courseware.image", "target/courseware-image.tar.gz"));
    private static final String VERSION = System.getProperty("courseware.version", "unknown");

    @TempDir Path tmp;

    @Test
    void theZipWorksInAnyFolder() throws Exception {
        Path home = unpack(List.of("unzip", "-q", ZIP.toString()), "courseware-" + VERSION);
        authorsCourse(home, Map.of());
        licencesNameEveryBundledJar(home);
    }

    @Test
    void theImageNeedsNoJdk() throws Exception {
        assertTrue(Files.isRegularFile(IMAGE), "package makes the image where the JDK has jlink: " + IMAGE);
        Path home = unpack(List.of("tar", "xzf", IMAGE.toString()), null);
        assertTrue(Files.isExecutable(home.resolve("runtime/bin/java")), "the image has its own runtime");
        // No JDK anywhere the launcher looks: only the image's runtime/ can run it.
        authorsCourse(home, Map.of("PATH", "/usr/bin:/bin", "COURSEWARE_JVM_DIRS", tmp.resolve("no-jdks").toString()));
    }

    private void authorsCourse(Path home, Map<String, String> env) throws Exception {
        Path bin = home.resolve("bin/courseware");
        Run version = run(tmp, env, bin.toString(), "--version");
        assertEquals(0, version.exit(), version.all());
        assertTrue(version.out().matches("courseware " + Pattern.quote(VERSION) + " \\(KaTeX [0-9.]+, GraalJS [0-9.]+; on Java .*\\)\n"), version.out());

        Path course = tmp.resolve("courses/first");
        Run init = run(tmp, env, bin.toString(), "init", course.toString(), "--title", "Signals and noise");
        assertEquals(0, init.exit(), init.all());
        for (String f : List.of("content/course.yml", "content/01-01-first-lesson.md", ".gitignore", "README.md", ".github/workflows/site.yml")) {
            assertTrue(Files.isRegularFile(course.resolve(f)), f + " written by init");
        }
        Run again = run(tmp, env, bin.toString(), "init", course.toString());
        assertEquals(2, again.exit(), "init refuses a folder that is not empty");
        assertTrue(again.err().contains("is not empty"), again.err());

        Run lesson = run(course, env, bin.toString(), "new", "lesson", "01-02", "Second lesson");
        assertEquals(0, lesson.exit(), lesson.all());
        Run build = run(course, env, bin.toString(), "build", "--strict");
        assertEquals(0, build.exit(), build.all());
        assertEquals("", build.err(), "a clean build prints nothing on stderr");
        assertTrue(Files.readString(course.resolve("site/index.html")).contains("Signals and noise"));
        assertTrue(Files.isRegularFile(course.resolve("site/lessons/01-02.html")));
        String builtInNav = Files.readString(course.resolve("site/assets/nav.js"));

        // One template and one asset of the built-in theme, overridden; the rest still comes from the tool.
        Path ejected = tmp.resolve("ejected-" + home.getFileName());
        Run eject = run(course, env, bin.toString(), "theme", "eject", ejected.toString());
        assertEquals(0, eject.exit(), eject.all());
        Path templates = Files.createDirectories(course.resolve("templates/assets"));
        Files.writeString(course.resolve("templates/lesson.ftlh"),
                Files.readString(ejected.resolve("lesson.ftlh")) + "<#-- own -->\n<!-- the course's own lesson template -->\n");
        Files.writeString(templates.resolve("style.css"),
                Files.readString(ejected.resolve("assets/style.css")) + "\n/* the course's own style */\n");
        Run rebuilt = run(course, env, bin.toString(), "build", "--strict");
        assertEquals(0, rebuilt.exit(), rebuilt.all());
        assertTrue(Files.readString(course.resolve("site/lessons/01-01.html")).contains("<!-- the course's own lesson template -->"));
        assertTrue(Files.readString(course.resolve("site/assets/style.css")).endsWith("/* the course's own style */\n"));
        assertEquals(builtInNav, Files.readString(course.resolve("site/assets/nav.js")), "what is not overridden is the built-in file");
        assertFalse(Files.readString(course.resolve("site/index.html")).contains("own lesson template"));

        Run check = run(course, env, bin.toString(), "check", "--strict");
        assertEquals(0, check.exit(), check.all());
        assertTrue(check.out().startsWith("checked (2 lessons, 2 unchanged;"), check.out()); // read back from .cache/lessons

        // A broken override is the author's to fix: one line at its place.
        Files.writeString(course.resolve("templates/glossary.ftlh"), "<#if>\n");
        Run broken = run(course, env, bin.toString(), "build");
        assertEquals(2, broken.exit(), broken.all());
        assertTrue(broken.err().startsWith("courseware: error: " + Path.of("templates", "glossary.ftlh") + ":1:"), broken.err());
        Files.delete(course.resolve("templates/glossary.ftlh"));

        serveOnce(bin, course, env);
    }

    /** serve on a free port, one request for the index, then stop. */
    private void serveOnce(Path bin, Path course, Map<String, String> env) throws Exception {
        ProcessBuilder pb = process(course, env, bin.toString(), "serve", "--port", "0");
        pb.redirectErrorStream(true);
        Process serve = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            Pattern serving = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/)");
            String address = null;
            List<String> seen = new ArrayList<>();
            for (String line; address == null && (line = out.readLine()) != null; ) {
                seen.add(line);
                Matcher m = serving.matcher(line);
                if (m.find()) address = m.group(1);
            }
            assertTrue(address != null, "serve says where it serves: " + seen);
            HttpResponse<String> index = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(address + "index.html")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, index.statusCode());
            assertTrue(index.body().contains("Signals and noise"), index.body());
        } finally {
            serve.destroy();
            if (!serve.waitFor(20, TimeUnit.SECONDS)) serve.destroyForcibly();
        }
    }

    private void licencesNameEveryBundledJar(Path home) throws IOException {
        String table = Files.readString(home.resolve("licenses/THIRD-PARTY.md"));
        // The names the table gives in backticks: an artifact (`jsoup`) or a prefix of several (`flexmark*`).
        List<String> named = new ArrayList<>();
        Matcher m = Pattern.compile("`([a-z0-9.-]+\\*?)`").matcher(table);
        while (m.find()) named.add(m.group(1));
        List<String> missing = new ArrayList<>();
        for (String folder : List.of("lib", "jit")) {
            try (Stream<Path> jars = Files.list(home.resolve(folder))) {
                for (Path jar : jars.sorted().toList()) {
                    String file = jar.getFileName().toString();
                    if (file.equals("courseware.jar")) continue;
                    String artifact = file.replaceAll("-\\d[\\w.]*\\.jar$", "");
                    boolean listed = named.stream().anyMatch(n -> n.endsWith("*") ? artifact.startsWith(n.substring(0, n.length() - 1)) : n.equals(artifact));
                    if (!listed) missing.add(folder + "/" + file);
                }
            }
        }
        assertEquals(List.of(), missing, "every bundled jar is named in licenses/THIRD-PARTY.md");
        assertTrue(Files.isRegularFile(home.resolve("licenses/minisearch-LICENSE.txt")));
        try (Stream<Path> all = Files.walk(home.resolve("licenses"))) {
            assertTrue(all.anyMatch(p -> p.toString().contains("webjars/katex/") && p.getFileName().toString().equals("LICENSE")),
                    "KaTeX's licence (it covers the fonts and CSS written into every site)");
        }
    }

    private Path unpack(List<String> command, String top) throws Exception {
        Path into = Files.createDirectories(tmp.resolve("unpacked"));
        Run r = run(into, Map.of(), command.toArray(String[]::new));
        assertEquals(0, r.exit(), r.all());
        if (top != null) return into.resolve(top);
        try (Stream<Path> entries = Files.list(into)) {
            return entries.findFirst().orElseThrow();
        }
    }

    private record Run(int exit, String out, String err) {
        String all() {
            return "exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    private static ProcessBuilder process(Path dir, Map<String, String> env, String... command) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("COURSEWARE_JIT");
        pb.environment().putAll(env);
        return pb;
    }

    private static Run run(Path dir, Map<String, String> env, String... command) throws Exception {
        Process p = process(dir, env, command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        // Both streams read beside each other, so neither pipe fills and stalls the tool.
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " finished");
        return new Run(p.exitValue(), out, err.get());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
