package courseware.math;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * One sandboxed KaTeX context on the shared engine, driven from one thread at a time, with its own worker thread
 * (known stack size) and the per-render time limit. The context starts on the first render and is replaced after a
 * render is cancelled.
 */
final class KatexLane implements AutoCloseable {
    private static final OutputStream NOWHERE = OutputStream.nullOutputStream(); // KaTeX may console.warn

    private final Supplier<Engine> engine;
    private final Duration timeLimit;
    private final ExecutorService worker;
    private Context context;
    private Value renderFn;

    KatexLane(Supplier<Engine> engine, Duration timeLimit, int number) {
        this.engine = engine;
        this.timeLimit = timeLimit;
        this.worker = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(null, task, "katex-" + number, KatexRenderer.STACK_BYTES);
            t.setDaemon(true); // never keeps the JVM alive
            return t;
        });
    }

    synchronized MathResult render(MathRequest request) {
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
            r = renderFn.execute(request.tex(), request.display(), request.macros());
        } catch (PolyglotException e) {
            if (e.isCancelled()) {
                return null; // cancelled by the time limit: render() reports it
            }
            // The wrapper catches every JS error, so this is a GraalJS failure (internal error, resource
            // exhaustion): the context may be unusable, so the next render starts a fresh one.
            releaseContext();
            throw new IllegalStateException("KaTeX crashed on " + request + ": " + e.getMessage(), e);
        }
        if (r.getMember("ok").asBoolean()) {
            return new MathResult.Rendered(r.getMember("html").asString());
        }
        return new MathResult.Failed(r.getMember("message").asString(), r.getMember("position").asInt());
    }

    /** A context with KaTeX loaded; on the worker thread. */
    private Void start() {
        try {
            context = Context.newBuilder("js")
                    .engine(engine.get())
                    .sandbox(SandboxPolicy.CONSTRAINED)
                    .allowAllAccess(false)
                    .allowHostAccess(KatexRenderer.NO_HOST_ACCESS)
                    .allowHostClassLookup(name -> false)
                    .allowPolyglotAccess(PolyglotAccess.NONE)
                    .allowIO(IOAccess.NONE)
                    .allowCreateThread(false)
                    .allowCreateProcess(false)
                    .allowNativeAccess(false)
                    .allowEnvironmentAccess(EnvironmentAccess.NONE)
                    .in(InputStream.nullInputStream())
                    .out(NOWHERE)
                    .err(NOWHERE)
                    .build();
            context.eval(Katex.SOURCE); // one Source for every lane, so the engine parses KaTeX once
            String version = context.eval("js", "globalThis.katex.version").asString();
            if (!KatexWebjar.VERSION.equals(version)) {
                throw new IllegalStateException("katex.min.js says version " + version + ", webjar says " + KatexWebjar.VERSION);
            }
            renderFn = context.eval(Source.newBuilder("js", KatexRenderer.WRAPPER, "courseware-katex.js").buildLiteral());
            return null;
        } catch (RuntimeException e) {
            releaseContext(); // as if new: a later render retries (and most likely fails the same way)
            throw e;
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

    /** KaTeX's code, read once per JVM. */
    private static final class Katex {
        static final Source SOURCE = Source.newBuilder("js",
                new String(KatexWebjar.read("katex.min.js"), StandardCharsets.UTF_8), "katex.min.js").buildLiteral();
    }

    @Override
    public synchronized void close() {
        try {
            await(worker.submit(this::releaseContext));
        } finally {
            worker.shutdown();
        }
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
}
