package courseware.math;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Typesets a build's math: each distinct request once, from the cache when possible, with KaTeX otherwise (all of a
 * batch's misses handed over at once, so the renderer can spread them over its lanes). Successes go to the cache and
 * are read back from it when a page is written, so a big course's markup never sits in memory all at once; failures
 * are not cached, so a fixed KaTeX or a changed option is never masked by an old error. TeX over the size or nesting
 * limits ({@link TexLimits}) fails without reaching KaTeX. Used from one thread.
 */
public final class MathStage {

    /** Misses typeset per renderer call: bounds the markup held before it reaches the cache. */
    static final int CHUNK = 2048;

    private final MathCache cache;
    private final MathRenderer renderer;
    private final String fingerprint;
    private int rendered;
    private int cacheHits;
    private int failures;

    /** The renderer stays owned by the caller (close it after the build); it starts only if something misses. */
    public MathStage(MathCache cache, KatexRenderer renderer) {
        this(cache, (MathRenderer) renderer);
    }

    MathStage(MathCache cache, MathRenderer renderer) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        // The cached markup is KaTeX's after MathmlRepair: a change to the repair is a change of the output.
        this.fingerprint = fingerprint(renderer);
    }

    /**
     * Makes sure every request is typeset (cached) and returns those that failed.
     * {@code progress} hears how many distinct expressions are done, as they get done.
     */
    public Map<MathRequest, MathResult.Failed> typeset(Collection<MathRequest> requests, Progress progress) {
        Map<MathRequest, MathResult.Failed> failed = new LinkedHashMap<>();
        List<MathRequest> misses = new ArrayList<>();
        java.util.Set<MathRequest> seen = new java.util.HashSet<>();
        int done = 0;
        for (MathRequest request : requests) {
            if (!seen.add(Objects.requireNonNull(request, "request"))) continue;
            Optional<MathResult.Failed> refused = TexLimits.check(request.tex());
            if (refused.isPresent()) {
                failures++;
                failed.put(request, refused.get());
                done++;
            } else if (cache.contains(key(request))) {
                cacheHits++;
                done++;
            } else {
                misses.add(request);
            }
        }
        progress.done(done, seen.size());
        for (int from = 0; from < misses.size(); from += CHUNK) {
            List<MathRequest> chunk = misses.subList(from, Math.min(misses.size(), from + CHUNK));
            List<MathResult> results = renderer.renderAll(chunk);
            for (int i = 0; i < chunk.size(); i++) {
                if (results.get(i) instanceof MathResult.Failed f) {
                    failures++;
                    failed.put(chunk.get(i), f);
                } else if (results.get(i) instanceof MathResult.Rendered r) {
                    rendered++;
                    cache.store(key(chunk.get(i)), MathmlRepair.repair(r.html()));
                }
            }
            done += chunk.size();
            progress.done(done, seen.size());
        }
        return Collections.unmodifiableMap(failed);
    }

    /** The markup of a request {@link #typeset} rendered (or found cached); empty if it failed or was never asked. */
    public Optional<String> html(MathRequest request) {
        return cache.load(key(request));
    }

    /** Results for the distinct requests, in the order each first appears: {@link #typeset} plus {@link #html}. */
    public Map<MathRequest, MathResult> renderAll(Collection<MathRequest> requests) {
        Map<MathRequest, MathResult.Failed> failed = typeset(requests, Progress.NONE);
        Map<MathRequest, MathResult> results = new LinkedHashMap<>();
        for (MathRequest r : requests) {
            if (results.containsKey(r)) continue;
            MathResult.Failed f = failed.get(r);
            results.put(r, f != null ? f : html(r).<MathResult>map(MathResult.Rendered::new)
                    .orElseGet(() -> MathRenderer.internalError("the cache lost an entry of this build")));
        }
        return Collections.unmodifiableMap(results);
    }

    /** What the cached markup depends on: the renderer and its options, then the repair (one line, as the key needs). */
    static String fingerprint(MathRenderer renderer) {
        return renderer.optionsFingerprint() + " " + MathmlRepair.VERSION;
    }

    private String key(MathRequest request) {
        return MathCache.key(fingerprint, request);
    }

    /** Distinct expressions typeset by KaTeX successfully, over all calls. */
    public int rendered() {
        return rendered;
    }

    /** Distinct expressions served from the cache, over all calls. */
    public int cacheHits() {
        return cacheHits;
    }

    /** Distinct expressions KaTeX rejected, over all calls (never cached, so they count again next build). */
    public int failures() {
        return failures;
    }

    /** Hears how far typesetting has come; called on the build's thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> {};

        void done(int done, int total);
    }
}
