package courseware.pipeline;

import java.nio.file.Path;

/**
 * Where a build reads and writes. {@code cacheDir} holds typeset math and each lesson's results between builds
 * (safe to delete); {@code strict} makes warnings fail the build like errors; {@code threads} is how many lessons are
 * parsed, checked and rendered at once (the output does not depend on it).
 */
public record BuildOptions(Path content, Path templates, Path out, Path cacheDir, boolean strict, int threads) {
    public BuildOptions {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }

    /** One thread per core. */
    public BuildOptions(Path content, Path templates, Path out, Path cacheDir, boolean strict) {
        this(content, templates, out, cacheDir, strict, Runtime.getRuntime().availableProcessors());
    }
}
