package courseware.serve;

import courseware.diag.DiagnosticPrinter;
import courseware.pipeline.Build;
import courseware.pipeline.BuildOptions;
import courseware.pipeline.BuildReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code courseware serve}: one long-lived {@link Build} (so an edit redoes only its lesson and
 * KaTeX stays warm), the site served on loopback, content and templates watched. After each edit
 * it rebuilds, prints the outcome, and tells open pages to reload, or shows them the problems.
 */
public final class LiveSite implements AutoCloseable {
    private final Build build;
    private final LiveEvents events = new LiveEvents();
    private final PrintWriter out;
    private final PrintWriter err;
    private final SiteServer server;
    private final SourceWatcher watcher;
    private final ScheduledExecutorService pings;
    private final String host;
    private volatile long builds;

    private LiveSite(BuildOptions options, String host, int port, PrintWriter out, PrintWriter err) throws IOException {
        this.build = new Build(options);
        this.out = out;
        this.err = err;
        this.host = host;
        rebuild();
        this.server = SiteServer.start(new InetSocketAddress(host, port), options.out(), events);
        this.watcher = SourceWatcher.start(List.of(options.content(), options.templates()), this::rebuild);
        this.pings = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "courseware-ping");
            t.setDaemon(true);
            return t;
        });
        pings.scheduleAtFixedRate(events::ping, 15, 15, TimeUnit.SECONDS);
    }

    /**
     * Builds once, then serves and watches. {@link java.net.BindException} when the port is taken;
     * other {@link IOException}s (unreadable folders, broken templates) as in {@code build}.
     */
    public static LiveSite start(BuildOptions options, String host, int port, PrintWriter out, PrintWriter err) throws IOException {
        return new LiveSite(options, host, port, out, err);
    }

    public URI address() {
        return server.address(host);
    }

    /** Completed builds, the first included (for tests and the terminal). */
    public long builds() {
        return builds;
    }

    private synchronized void rebuild() {
        long start = System.nanoTime();
        try {
            BuildReport report = build.write();
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (report.failed()) {
                StringWriter text = new StringWriter();
                DiagnosticPrinter.print(report.diagnostics(), new PrintWriter(text));
                err.print(text);
                err.println("courseware: build failed; serving the last good site");
                err.flush();
                events.problems(text.toString().strip());
            } else {
                out.println("built in " + ms + " ms (" + report.lessons() + " lessons, " + report.counts().lessonsReused()
                        + " unchanged; math: " + report.mathRendered() + " typeset, " + report.mathFromCache() + " from cache)");
                out.flush();
                events.reload();
            }
        } catch (IOException | RuntimeException e) {
            // A broken template or an unreadable file: say so, keep serving, try again on the next edit.
            String message = "courseware: error: " + (e.getMessage() == null ? e.toString() : e.getMessage());
            err.println(message);
            err.flush();
            events.problems(message);
        } finally {
            builds++;
        }
    }

    @Override
    public void close() throws IOException {
        pings.shutdownNow();
        watcher.close();
        server.close();
        build.close();
    }
}
