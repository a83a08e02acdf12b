package courseware.math;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Typesets a build's math: each distinct request once, from the cache when possible, with KaTeX otherwise.
 * Successes are cached; failures are not, so a fixed KaTeX or a changed option is never masked by an old error.
 * TeX over the size or nesting limits ({@link TexLimits}) fails without reaching KaTeX.
 * One stage per build, used from one thread.
 */
public final class MathStage {

    private final MathCache cache;
    private final MathRenderer renderer;
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
    }

    /**
     * Results for the distinct requests, in the order each first appears in {@code requests}.
     * The map is unmodifiable; every request given has an entry.
     */
    public Map<MathRequest, MathResult> renderAll(Collection<MathRequest> requests) {
        String fingerprint = renderer.optionsFingerprint();
        Map<MathRequest, MathResult> results = new LinkedHashMap<>();
        for (MathRequest request : requests) {
            if (results.containsKey(Objects.requireNonNull(request, "request"))) {
                continue;
            }
            Optional<MathResult.Failed> refused = TexLimits.check(request.tex());
            if (refused.isPresent()) {
                failures++;
                results.put(request, refused.get());
                continue;
            }
            String key = MathCache.key(fingerprint, request);
            Optional<String> cached = cache.load(key);
            if (cached.isPresent()) {
                cacheHits++;
                results.put(request, new MathResult.Rendered(cached.get()));
                continue;
            }
            MathResult result = renderSafely(request);
            if (result instanceof MathResult.Rendered r) {
                rendered++;
                try {
                    cache.store(key, r.html());
                } catch (java.io.UncheckedIOException e) {
                    // The cache only saves time: an unwritable one must not fail the build.
                }
            } else {
                failures++;
            }
            results.put(request, result);
        }
        return Collections.unmodifiableMap(results);
    }

    /** A crash on one expression (a bug, in KaTeX or here) fails that expression only, at its place. */
    private MathResult renderSafely(MathRequest request) {
        try {
            return renderer.render(request);
        } catch (RuntimeException e) {
            return new MathResult.Failed("internal error while typesetting (" + e.getMessage()
                    + "); this is a bug, please report it with this expression", 0);
        }
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
}
