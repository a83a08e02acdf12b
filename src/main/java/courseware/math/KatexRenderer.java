package courseware.math;

import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.SandboxPolicy;

/**
 * Typesets TeX with KaTeX running in GraalJS. One engine serves the whole build and holds KaTeX's parsed code; on it
 * run up to one context per core ({@link KatexLane}), as a polyglot context is single-threaded. The engine and the
 * first lane start on the first render (about 1.6 s here), so a build whose math all comes from the cache never
 * starts GraalJS; more lanes start only for a batch big enough to repay their start (a few tens of ms each on a
 * warm engine).
 *
 * <p>Each lane runs KaTeX on a thread of its own, with a stack of known size (so how deep it can recurse does not
 * depend on the caller), and each render has a time limit: a render still running after {@link #TIME_LIMIT} is
 * cancelled ({@code Context.close(true)}), reported as a failure of that expression, and that lane's next render
 * gets a fresh context on the same engine.
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
     * Evaluates to a function (tex, displayMode, macrosJson) -> {ok: true, html} | {ok: false, message, position}, so errors
     * cross into Java as data rather than as PolyglotExceptions. Each call gets fresh KaTeX settings (no shared
     * macros object), so \gdef cannot leak from one expression into another: that is what makes caching by
     * expression sound.
     */
    static final String WRAPPER = """
            (() => {
              const katex = globalThis.katex;
              let denied = [];
              const denyAndRecord = (context) => { denied.push(context.command); return false; };
              const base = OPTIONS;
              const inline = Object.assign({}, base, { displayMode: false });
              const display = Object.assign({}, base, { displayMode: true });
              return (tex, displayMode, macros) => {
                denied = [];
                try {
                  const options = displayMode ? display : inline;
                  // The course's macros, parsed anew for each call: KaTeX writes global definitions into the object it is given.
                  const html = katex.renderToString(tex, macros ? Object.assign({}, options, { macros: JSON.parse(macros) }) : options);
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
    static final HostAccess NO_HOST_ACCESS = HostAccess.newBuilder().allowMutableTargetMappings().build();

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
    static final long STACK_BYTES = 4L << 20;

    /** A lane costs a context start; below this many expressions per lane, fewer lanes finish sooner. */
    static final int MIN_BATCH_PER_LANE = 64;

    private final Duration timeLimit;
    private final int maxLanes;
    private final List<KatexLane> lanes = new ArrayList<>();
    private Engine engine;
    private boolean closed;

    public KatexRenderer() {
        this(TIME_LIMIT, Runtime.getRuntime().availableProcessors()); // GraalJS starts on the first render
    }

    /** With another time limit per render and lane count: for tests and benchmarks. */
    KatexRenderer(Duration timeLimit, int maxLanes) {
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
        if (maxLanes < 1) throw new IllegalArgumentException("maxLanes must be >= 1: " + maxLanes);
        this.maxLanes = maxLanes;
    }

    KatexRenderer(Duration timeLimit) {
        this(timeLimit, 1);
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
    public MathResult render(MathRequest request) {
        Objects.requireNonNull(request, "request");
        return firstLane().render(request);
    }

    /**
     * Typesets a batch over as many lanes as pay for themselves, each taking the next request as it finishes one;
     * every result sits at its request's index, so the outcome does not depend on which lane did what.
     */
    @Override
    public List<MathResult> renderAll(List<MathRequest> requests) {
        if (requests.isEmpty()) return List.of();
        int wanted = Math.max(1, Math.min(maxLanes, requests.size() / MIN_BATCH_PER_LANE));
        List<KatexLane> using = lanes(wanted);
        MathResult[] results = new MathResult[requests.size()];
        AtomicInteger next = new AtomicInteger();
        List<Thread> drivers = new ArrayList<>();
        for (KatexLane lane : using.subList(1, using.size())) {
            drivers.add(Thread.ofPlatform().name("katex-driver").start(() -> drive(lane, requests, results, next)));
        }
        drive(using.get(0), requests, results, next);
        for (Thread t : drivers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while typesetting", e);
            }
        }
        for (int i = 0; i < results.length; i++) { // only if a driver died of an Error
            if (results[i] == null) results[i] = MathRenderer.internalError("a typesetting thread stopped");
        }
        return Arrays.asList(results);
    }

    private static void drive(KatexLane lane, List<MathRequest> requests, MathResult[] results, AtomicInteger next) {
        for (int i; (i = next.getAndIncrement()) < results.length; ) {
            results[i] = MathRenderer.safely(lane::render, requests.get(i));
        }
    }

    /** The first {@code n} lanes, started as needed (the engine with the first). */
    private synchronized List<KatexLane> lanes(int n) {
        if (closed) throw new IllegalStateException("KatexRenderer is closed");
        while (lanes.size() < n) lanes.add(new KatexLane(this::engine, timeLimit, lanes.size()));
        return List.copyOf(lanes.subList(0, n));
    }

    private synchronized KatexLane firstLane() {
        return lanes.isEmpty() ? lanes(1).get(0) : lanes.get(0);
    }

    /** The shared engine, started once; lanes call this from their own threads. */
    private synchronized Engine engine() {
        if (engine == null) {
            engine = Engine.newBuilder("js")
                    .sandbox(SandboxPolicy.CONSTRAINED) // makes GraalJS itself verify each context's lockdown
                    .option("engine.WarnInterpreterOnly", "false") // stock JDKs run GraalJS interpreted; that is expected
                    .out(OutputStream.nullOutputStream())
                    .err(OutputStream.nullOutputStream())
                    .build();
        }
        return engine;
    }

    /** True once GraalJS has been started; lets tests prove a fully cached build never starts it. */
    synchronized boolean started() {
        return engine != null;
    }

    /** Lanes started so far: for tests. */
    synchronized int laneCount() {
        return lanes.size();
    }

    @Override
    public synchronized void close() {
        closed = true;
        try {
            for (KatexLane lane : lanes) lane.close();
        } finally {
            lanes.clear();
            if (engine != null) {
                engine.close();
                engine = null;
            }
        }
    }
}
