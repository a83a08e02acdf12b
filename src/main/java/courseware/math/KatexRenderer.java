package courseware.math;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * Typesets TeX with KaTeX running in GraalJS. One engine and one context serve the whole build; they start on the
 * first {@link #render} (about 1.6 s here), so a build whose math all comes from the cache never starts GraalJS.
 * Not for concurrent use: calls are serialised, as a polyglot context is single-threaded.
 *
 * <p>KaTeX runs on a thread of its own, with a stack of known size (so how deep it can recurse does not depend on
 * the caller), and each render has a time limit: a render still running after {@link #TIME_LIMIT} is cancelled
 * ({@code Context.close(true)}), reported as a failure of that expression, and the next render gets a fresh
 * context on the same engine.
 */
public final class KatexRenderer implements MathRenderer, AutoCloseable {

    /*
     * The KaTeX options, set here and nowhere else. The text goes verbatim into the JS below and into
     * optionsFingerprint(), so changing any option changes every cache key. displayMode comes from each request.
     *  - output htmlAndMathml: HTML for the eye, MathML for screen readers.
     *  - throwOnError true: a TeX error must fail the build with a position, not render red source text.
     *  - trust: deny everything (href, url, includegraphics, htmlClass/Id/Style/Data). KaTeX's plain
     *    `trust: false` silently renders such commands as red source text, even with throwOnError; this function
     *    denies exactly the same but records the command so the render fails loudly (see WRAPPER).
     *  - strict ignore: strict mode only flags input that is fine KaTeX but not portable LaTeX (e.g. Unicode
     *    letters in math); "warn" would write to a console we route nowhere, so "ignore" says what we mean.
     *  - maxExpand 1000: a self-recursive macro fails fast instead of hanging the build.
     *  - maxSize 50: caps user-specified sizes (em), so no rule or space can swamp a page.
     */
    private static final String OPTIONS = """
            {
              output: "htmlAndMathml",
              throwOnError: true,
              trust: denyAndRecord,
              strict: "ignore",
              maxExpand: 1000,
              maxSize: 50
            }""";

    /*
     * Evaluates to a function (tex, displayMode) -> {ok: true, html} | {ok: false, message, position}, so errors
     * cross into Java as data rather than as PolyglotExceptions. Each call gets fresh KaTeX settings (no shared
     * macros object), so \gdef cannot leak from one expression into another: that is what makes caching by
     * expression sound.
     */
    private static final String WRAPPER = """
            (() => {
              const katex = globalThis.katex;
              let denied = [];
              const denyAndRecord = (context) => { denied.push(context.command); return false; };
              const base = OPTIONS;
              const inline = Object.assign({}, base, { displayMode: false });
              const display = Object.assign({}, base, { displayMode: true });
              return (tex, displayMode) => {
                denied = [];
                try {
                  const html = katex.renderToString(tex, displayMode ? display : inline);
                  if (denied.length > 0) {
                    return { ok: false, position: tex.indexOf(denied[0]), message: denied[0]
                        + " is not allowed: math may not contain links, images or raw HTML attributes" };
                  }
                  return { ok: true, html: html };
                } catch (e) {
                  if (e instanceof katex.ParseError) {
                    const p = e.position;
                    // A position inside a macro's body indexes that body, not tex: only pass plausible ones on.
                    const inTex = Number.isInteger(p) && p >= 0 && p <= tex.length;
                    return { ok: false, message: String(e.rawMessage), position: inTex ? p : -1 };
                  }
                  return { ok: false, message: String(e), position: -1 };
                }
              };
            })()
            """.replace("OPTIONS", OPTIONS);

    /** No Java object is reachable from JS and none may be mapped to a JS type (CONSTRAINED insists on both). */
    private static final HostAccess NO_HOST_ACCESS = HostAccess.newBuilder().allowMutableTargetMappings().build();

    private static final String FINGERPRINT = "katex " + KatexWebjar.VERSION + " " + OPTIONS.replaceAll("\\s+", " ");

    /**
     * Longest one render may take. The expressions of content/ take 5-30 ms each, and the slowest TeX within
     * MathStage's size and nesting limits took up to 6 s here under heavy load (load average 10-14 on 2 cores),
     * so this only stops what slips past those checks (a macro that expands into deep nesting, say) and never
     * fails good math on a busy machine.
     */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(20);

    /**
     * Stack of the KaTeX thread. 1 MB already holds every construct nested as deep as MathStage allows (32); a
     * much larger stack only makes runaway nesting slower to fail (20,000 braces: 0.8 s to overflow 4 MB, over
     * 10 s for 16 MB).
     */
    private static final long STACK_BYTES = 4L << 20;

    private final Duration timeLimit;
    private ExecutorService worker;
    private Engine engine;
    private Context context;
    private Value renderFn;
    private boolean closed;

    public KatexRenderer() {
        this(TIME_LIMIT); // Nothing else to do: GraalJS starts on the first render.
    }

    /** With another time limit per render: for tests. */
    KatexRenderer(Duration timeLimit) {
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
    }

    /** The pinned KaTeX version (checked against {@code katex.version} when the engine starts). */
    public String katexVersion() {
        return KatexWebjar.VERSION;
    }

    /** KaTeX version plus options: everything besides the request that decides the output. Does not start GraalJS. */
    @Override
    public String optionsFingerprint() {
        return FINGERPRINT;
    }

    @Override
    public synchronized MathResult render(MathRequest request) {
        Objects.requireNonNull(request, "request");
        if (closed) {
            throw new IllegalStateException("KatexRenderer is closed");
        }
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(task -> {
                Thread t = new Thread(null, task, "katex", STACK_BYTES);
                t.setDaemon(true); // never keeps the JVM alive
                return t;
            });
        }
        if (renderFn == null) {
            await(worker.submit(this::start)); // not timed: starting depends on the machine, not on the input
        }
        Future<MathResult> render = worker.submit(() -> typeset(request));
        try {
            return render.get(timeLimit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            context.close(true); // cancels the running render and waits until it has stopped
            try {
                await(render);
            } catch (RuntimeException cancelled) {
                // However the cancelled render ended, its result is the time limit's failure below.
            }
            await(worker.submit(this::releaseContext)); // the next render starts a fresh context
            long ms = timeLimit.toMillis();
            String limit = ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
            return new MathResult.Failed("typesetting this expression took longer than " + limit
                    + " (KatexRenderer.TIME_LIMIT); simplify it or split it", -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            render.cancel(true);
            throw new IllegalStateException("interrupted while typesetting " + request, e);
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }

    private MathResult typeset(MathRequest request) {
        Value r;
        try {
            r = renderFn.execute(request.tex(), request.display());
        } catch (PolyglotException e) {
            if (e.isCancelled()) {
                return null; // cancelled by the time limit: render() reports it
            }
            // The wrapper catches every JS error, so this is a GraalJS failure (internal error, resource
            // exhaustion): the context may be unusable and the build should stop.
            throw new IllegalStateException("KaTeX crashed on " + request + ": " + e.getMessage(), e);
        }
        if (r.getMember("ok").asBoolean()) {
            return new MathResult.Rendered(r.getMember("html").asString());
        }
        return new MathResult.Failed(r.getMember("message").asString(), r.getMember("position").asInt());
    }

    /** Waits for a task on the worker, passing on its failure. */
    private static <T> T await(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for KaTeX", e);
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }

    private static RuntimeException unwrap(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) return r;
        if (e.getCause() instanceof Error err) throw err;
        return new IllegalStateException(e.getCause());
    }

    /** True once GraalJS has been started; lets tests prove a fully cached build never starts it. */
    synchronized boolean started() {
        return engine != null;
    }

    /** Starts the engine (once) and a context with KaTeX loaded; on the worker thread. */
    private Void start() {
        OutputStream nowhere = OutputStream.nullOutputStream(); // KaTeX may console.warn; the build reports via data
        try {
            if (engine == null) {
                engine = Engine.newBuilder("js")
                        .sandbox(SandboxPolicy.CONSTRAINED) // makes GraalJS itself verify the lockdown below
                        .option("engine.WarnInterpreterOnly", "false") // stock JDKs run GraalJS interpreted; that is expected
                        .out(nowhere)
                        .err(nowhere)
                        .build();
            }
            context = Context.newBuilder("js")
                    .engine(engine)
                    .sandbox(SandboxPolicy.CONSTRAINED)
                    .allowAllAccess(false)
                    .allowHostAccess(NO_HOST_ACCESS)
                    .allowHostClassLookup(name -> false)
                    .allowPolyglotAccess(PolyglotAccess.NONE)
                    .allowIO(IOAccess.NONE)
                    .allowCreateThread(false)
                    .allowCreateProcess(false)
                    .allowNativeAccess(false)
                    .allowEnvironmentAccess(EnvironmentAccess.NONE)
                    .in(InputStream.nullInputStream())
                    .out(nowhere)
                    .err(nowhere)
                    .build();
            String js = new String(KatexWebjar.read("katex.min.js"), StandardCharsets.UTF_8);
            context.eval(Source.newBuilder("js", js, "katex.min.js").buildLiteral());
            String version = context.eval("js", "globalThis.katex.version").asString();
            if (!KatexWebjar.VERSION.equals(version)) {
                throw new IllegalStateException("katex.min.js says version " + version + ", webjar says " + KatexWebjar.VERSION);
            }
            renderFn = context.eval(Source.newBuilder("js", WRAPPER, "courseware-katex.js").buildLiteral());
            return null;
        } catch (RuntimeException e) {
            release(); // as if new: a later render retries (and most likely fails the same way)
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (worker == null) {
            return;
        }
        try {
            await(worker.submit(() -> {
                release();
                return null;
            }));
        } finally {
            worker.shutdown();
        }
    }

    private Void releaseContext() {
        renderFn = null;
        if (context != null) {
            try {
                context.close();
            } catch (PolyglotException e) {
                if (!e.isCancelled()) throw e; // a context cancelled by the time limit says so once more
            } finally {
                context = null;
            }
        }
        return null;
    }

    private void release() {
        releaseContext();
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}
