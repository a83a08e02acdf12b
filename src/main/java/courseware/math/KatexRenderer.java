package courseware.math;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

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

    private Engine engine;
    private Context context;
    private Value renderFn;
    private boolean closed;

    public KatexRenderer() {
        // Nothing to do: GraalJS starts on the first render.
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
        if (renderFn == null) {
            start();
        }
        Value r;
        try {
            r = renderFn.execute(request.tex(), request.display());
        } catch (PolyglotException e) {
            // The wrapper catches every JS error, so this is a GraalJS failure (internal error, resource
            // exhaustion): the context may be unusable and the build should stop.
            throw new IllegalStateException("KaTeX crashed on " + request + ": " + e.getMessage(), e);
        }
        if (r.getMember("ok").asBoolean()) {
            return new MathResult.Rendered(r.getMember("html").asString());
        }
        return new MathResult.Failed(r.getMember("message").asString(), r.getMember("position").asInt());
    }

    /** True once GraalJS has been started; lets tests prove a fully cached build never starts it. */
    synchronized boolean started() {
        return engine != null;
    }

    private void start() {
        OutputStream nowhere = OutputStream.nullOutputStream(); // KaTeX may console.warn; the build reports via data
        engine = Engine.newBuilder("js")
                .sandbox(SandboxPolicy.CONSTRAINED) // makes GraalJS itself verify the lockdown below
                .option("engine.WarnInterpreterOnly", "false") // stock JDKs run GraalJS interpreted; that is expected
                .out(nowhere)
                .err(nowhere)
                .build();
        try {
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
        } catch (RuntimeException e) {
            release(); // as if new: a later render retries (and most likely fails the same way)
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        release();
    }

    private void release() {
        renderFn = null;
        if (context != null) {
            context.close();
            context = null;
        }
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}
