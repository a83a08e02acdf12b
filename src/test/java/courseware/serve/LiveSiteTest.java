package courseware.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import courseware.pipeline.BuildOptions;
import courseware.testing.Golden;
import courseware.testing.TestContent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve over real HTTP on loopback: pages with the reload script, events after edits, nothing outside the site. */
class LiveSiteTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir Path tmp;
    private Path content;
    private Path lesson;
    private LiveSite site;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void serveTheFixture() throws IOException {
        content = TestContent.copy(Path.of("src/test/resources/fixtures/basic"), tmp.resolve("content"));
        lesson = content.resolve("01-fixture.md");
        BuildOptions options = new BuildOptions(content, Path.of("templates"), tmp.resolve("site"), Golden.testCache(), false);
        site = LiveSite.start(options, "127.0.0.1", 0, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @AfterEach
    void stop() throws IOException {
        site.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(site.address().resolve(path)).timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesCarryTheReloadScriptButTheSiteOnDiskDoesNot() throws Exception {
        HttpResponse<String> index = get("/");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("<script src=\"/__courseware/live.js\"></script></body>"), index.body());
        assertFalse(Files.readString(tmp.resolve("site/index.html")).contains("live.js"));
        assertEquals(200, get("/lessons/01-01.html").statusCode());
        assertTrue(get("/assets/style.css").headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertTrue(get("/__courseware/live.js").body().contains("EventSource"));
        assertEquals(404, get("/lessons/none.html").statusCode());
        assertTrue(out.toString().startsWith("built in "), out.toString());
    }

    /** Raw requests, so no client tidies the path first. */
    @Test
    void nothingOutsideTheSiteIsServed() throws Exception {
        Files.writeString(tmp.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(tmp.resolve("site/link.txt"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(tmp.resolve("site/up"), tmp);
        for (String path : new String[] {"/../secret.txt", "/lessons/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
                "/lessons/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%252e%252e/secret.txt", "/..\\secret.txt",
                "/%5c..%5csecret.txt", "/link.txt", "/up/secret.txt", "/secret.txt%00.html", "//../secret.txt"}) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertFalse(response.endsWith("secret"), path + " leaked:\n" + response);
            assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), path + ":\n" + response);
        }
        assertTrue(raw("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 405"));
    }

    @Test
    void anEditReloadsOpenPagesAndABrokenBuildShowsItsProblemsUntilFixed() throws Exception {
        BlockingQueue<String> events = listen();
        String good = Files.readString(lesson);
        Files.writeString(lesson, good.replace("## Summary\n", "## Summary\n\n- A line added while serving.\n"));
        assertEquals("reload", next(events));
        assertTrue(get("/lessons/01-01.html").body().contains("A line added while serving."));

        Files.writeString(lesson, good.replace("$w_1 = {{w1 ~ 0.8}}$\n\n## Quiz", "$w_1 = {{w1 ~ 0.9}}$\n\n## Quiz"));
        assertEquals("problems", next(events));
        String problems = next(events);
        assertTrue(problems.contains("01-fixture.md:") && problems.contains("error: stated 0.9 but the engine gives 0.8"), problems);
        assertTrue(get("/lessons/01-01.html").body().contains("A line added while serving."), "the last good site is still served");

        Files.writeString(lesson, good);
        assertEquals("reload", next(events));
        assertTrue(err.toString().contains("build failed; serving the last good site"), err.toString());
    }

    @Test
    void aTakenPortIsAClearFailure() {
        int taken = site.address().getPort();
        BuildOptions options = new BuildOptions(content, Path.of("templates"), tmp.resolve("site2"), Golden.testCache(), false);
        assertThrows(BindException.class, () -> LiveSite.start(options, "127.0.0.1", taken, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())));
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", site.address().getPort())) {
            socket.setSoTimeout((int) WAIT.toMillis());
            OutputStream o = socket.getOutputStream();
            o.write(request.getBytes(StandardCharsets.ISO_8859_1));
            o.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Event names as they arrive; a problems event is followed by its data (lines joined by newlines). */
    private BlockingQueue<String> listen() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Socket socket = new Socket("127.0.0.1", site.address().getPort());
        socket.getOutputStream().write(("GET " + SiteServer.EVENTS + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        BlockingQueue<Boolean> connected = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (socket) {
                String event = null;
                StringBuilder data = new StringBuilder();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.equals(": connected")) connected.add(true);
                    if (line.startsWith("event: ")) event = line.substring(7);
                    else if (line.startsWith("data: ")) data.append(data.length() == 0 ? "" : "\n").append(line.substring(6));
                    else if (line.isEmpty() && event != null) {
                        events.add(event);
                        if (event.equals("problems")) events.add(data.toString());
                        event = null;
                        data.setLength(0);
                    }
                }
            } catch (IOException e) {
                // closed at the test's end
            }
        }, "test-events");
        reader.setDaemon(true);
        reader.start();
        assertTrue(connected.poll(WAIT.toSeconds(), TimeUnit.SECONDS) != null, "the event stream opened");
        return events;
    }

    private static String next(BlockingQueue<String> events) throws InterruptedException {
        String e = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(e != null, "an event within " + WAIT);
        return e;
    }
}
