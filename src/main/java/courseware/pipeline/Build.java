package courseware.pipeline;

import courseware.check.CheckResults;
import courseware.diag.Diagnostics;
import courseware.diag.Source;
import courseware.load.Content;
import courseware.load.ContentLoader;
import courseware.math.KatexAssets;
import courseware.math.KatexRenderer;
import courseware.math.MathCache;
import courseware.math.MathStage;
import courseware.model.Course;
import courseware.model.CourseConfig;
import courseware.render.PageCache;
import courseware.render.SiteRenderer;
import courseware.render.Theme;
import courseware.render.Typesetter;
import courseware.write.SiteWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The orchestrator: load, parse, check and typeset each lesson, link the course, then render and
 * write. Each lesson's results are kept between runs, in memory while this Build lives (a watch
 * loop, a test) and on disk in the {@link ResultStore} for the next process, so a run redoes only
 * the lessons that changed; lessons are parsed, checked and rendered on one thread per core
 * ({@link BuildOptions#threads()}), results taken in course order so the output does not depend on
 * timing. KaTeX starts once, on the first expression the cache misses, and stays up until
 * {@link #close()}. A one-shot build is a Build run once. Content problems are collected as
 * diagnostics; output is produced only when there are none, so a failed build leaves the previous
 * site untouched. I/O failures and broken templates throw (as {@link IOException}).
 */
public final class Build implements AutoCloseable {
    private final BuildOptions options;
    private final ResultStore store;
    private final ResultStore pages;
    private java.util.concurrent.ExecutorService pool; // started on the first lesson to do
    private final KatexRenderer katex = new KatexRenderer();
    private final MathCache cache;
    private final MathStage math;
    private final Map<Path, LessonResult> lessons = new HashMap<>();
    /** The store key of each kept lesson, made once with its result: its page's key is made from it. */
    private final Map<Path, String> keys = new HashMap<>();
    private String macrosInUse = ""; // the course macros the kept lessons were typeset with
    private String seedInUse = ""; // the course seed the kept lessons' variants were drawn with
    private Progress progress = (phase, done, total) -> {};

    public Build(BuildOptions options) {
        this.options = options;
        this.cache = MathCache.onDisk(options.cacheDir().resolve("math"));
        this.math = new MathStage(cache, katex);
        this.store = ResultStore.in(options.cacheDir().resolve("lessons"));
        this.pages = ResultStore.in(options.cacheDir().resolve("pages"));
    }

    /** A one-shot {@link #check()}. */
    public static BuildReport checkOnce(BuildOptions options) throws IOException {
        try (Build build = new Build(options)) {
            return build.check();
        }
    }

    /** A one-shot {@link #write()}. */
    public static BuildReport writeOnce(BuildOptions options) throws IOException {
        try (Build build = new Build(options)) {
            return build.write();
        }
    }

    /** Validates everything (templates included), writes nothing. */
    public BuildReport check() throws IOException {
        return run(null);
    }

    /** Validates everything, then renders and replaces the site. */
    public BuildReport write() throws IOException {
        return run(this::writeSite);
    }

    /**
     * Validates everything, then, only when nothing failed, hands the checked course to {@code export} (which may add
     * its own errors to the run's diagnostics, failing the report); writes no site.
     */
    public BuildReport export(Exporter export) throws IOException {
        java.util.Objects.requireNonNull(export, "export");
        return run((checked, renderer, pages) -> {
            export.export(checked);
            return 0;
        });
    }

    /** What an export reads: the linked course, every check, and each math span's typeset markup ("" if none). */
    public record CheckedCourse(Course course, CheckResults checks, Typesetter typeset, Diagnostics diagnostics) {}

    /** Makes an export from a course that passed the checks; its refusals go to the course's diagnostics. */
    @FunctionalInterface
    public interface Exporter {
        void export(CheckedCourse course) throws IOException;
    }

    /** What a run does with a course that passed its checks (a site, an export); returns the files it wrote. */
    @FunctionalInterface
    private interface Finish {
        int apply(CheckedCourse checked, SiteRenderer renderer, PageCache pages) throws IOException;
    }

    /** Stages 1-4 and linking, always; {@code finish} (null: nothing) only when no problem was found. */
    private BuildReport run(Finish finish) throws IOException {
        int renderedBefore = math.rendered();
        int hitsBefore = math.cacheHits();
        Diagnostics diagnostics = new Diagnostics();
        SiteRenderer renderer = new SiteRenderer(Theme.overlaidBy(options.templates()));
        renderer.validate();
        Content content = new ContentLoader().load(options.content(), diagnostics);
        Checking checking = new Checking(); // each lesson's work budget is its own, so one serves all threads
        Optional<CourseConfig> config = checking.courseFile(content.courseFile(), diagnostics);

        // Lessons typeset with other macros are stale: their math would differ; drawn with another seed, their variants.
        String macros = Checking.macros(config);
        String seed = config.map(CourseConfig::seed).orElse("");
        if (!macros.equals(macrosInUse) || !seed.equals(seedInUse)) {
            lessons.clear();
            keys.clear();
        }
        macrosInUse = macros;
        seedInUse = seed;
        Lessons done = lessonResults(content, macros, seed, checking);
        List<LessonResult> results = done.results();
        Checking.Folder linked = checking.linked(content, config, macros, results.stream().map(LessonResult::checked).toList(), diagnostics);
        Optional<Course> course = linked.course();
        CheckResults checks = linked.checks();
        Counts counts = new Counts(results.size(), done.reused(), done.fromStore(), math.rendered() - renderedBefore,
                math.cacheHits() - hitsBefore);
        BuildReport report = new BuildReport(diagnostics, checks, options.strict(), counts, 0);
        store.prune();
        if (finish == null || report.failed() || course.isEmpty()) return report;

        Typesetter typeset = (span, values) -> math.html(LessonMath.request(span, values, macros)).orElse("");
        PageCache pageCache = new LessonPages(keys);
        int files = finish.apply(new CheckedCourse(course.get(), checks, typeset, diagnostics), renderer, pageCache);
        return new BuildReport(diagnostics, checks, options.strict(), counts, files);
    }

    /** Every lesson's result, in content order, and how many were reused from this process or read from the store. */
    private record Lessons(List<LessonResult> results, int reused, int fromStore) {}

    /**
     * Each lesson's result: kept from this process's last run if its text is unchanged, else read from the store, else
     * parsed, checked and typeset now (and stored), with its store key kept in {@link #keys}.
     */
    private Lessons lessonResults(Content content, String macros, String seed, Checking checking) {
        List<Source> unknown = content.lessons().stream().filter(s -> {
            LessonResult known = lessons.get(s.path());
            return known == null || !known.isFor(s);
        }).toList();
        List<Found> found = inParallel(unknown, source -> {
            String key = store.lessonKey(source, macros, seed);
            Optional<LessonResult> stored = store.load(key, source);
            return new Found(source, key, stored.orElse(null), stored.isPresent() ? null : checking.lesson(source, seed));
        }, "checking lessons");
        List<Checking.Lesson> pending = found.stream().map(Found::pending).filter(java.util.Objects::nonNull).toList();
        List<LessonResult> fromStore = found.stream().map(Found::stored).filter(java.util.Objects::nonNull).toList();
        // All new lessons' math in one batch: equal expressions across lessons are typeset once, in parallel lanes.
        // A stored lesson's math is asked for too: the math cache may have lost it (it is looked up, not retypeset).
        List<LessonResult> fresh = LessonMath.typeset(pending, fromStore, macros, math,
                (done, total) -> progress.done("typesetting math", done, total));
        found.forEach(f -> keys.put(f.source().path(), f.key()));
        inParallel(fresh, result -> {
            store.store(keys.get(result.source().path()), result);
            return result;
        }, "keeping results");
        fresh.forEach(r -> lessons.put(r.source().path(), r));
        fromStore.forEach(r -> lessons.put(r.source().path(), r));
        java.util.Set<Path> present = content.lessons().stream().map(Source::path).collect(java.util.stream.Collectors.toSet());
        lessons.keySet().retainAll(present);
        keys.keySet().retainAll(present);
        store.used(keys.values());
        List<LessonResult> results = content.lessons().stream().map(s -> lessons.get(s.path())).toList();
        return new Lessons(results, content.lessons().size() - unknown.size(), fromStore.size());
    }

    /** Renders the site and swaps it in; the number of files written. */
    private int writeSite(CheckedCourse checked, SiteRenderer renderer, PageCache pages) throws IOException {
        return new SiteWriter().write(options.out(), sink -> {
            renderer.render(checked.course(), checked.typeset(), checked.checks(), sink::accept, pages);
            this.pages.prune(); // only a run that made the pages knows which are still used
            for (Map.Entry<String, byte[]> f : KatexAssets.files().entrySet()) sink.accept(f.getKey(), f.getValue());
        }, List.of(options.content(), options.templates(), options.cacheDir()), Path.of("").toAbsolutePath()).files();
    }

    /** Hears how far a run has come, phase by phase; called on the build's thread. */
    @FunctionalInterface
    public interface Progress {
        void done(String phase, int done, int total);
    }

    /** Lets a terminal show how far a long build has come (typesetting is the long part of a cold build). */
    public Build onProgress(Progress progress) {
        this.progress = java.util.Objects.requireNonNull(progress, "progress");
        return this;
    }

    /** Stops the lesson threads and KaTeX, if they started, and closes the cache. */
    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
        try {
            katex.close();
        } finally {
            cache.close();
        }
    }

    /**
     * How much of a run was done anew: lessons, those reused from this process's last run and those read from the
     * store (the rest were parsed and checked), expressions typeset, and those served from the math cache.
     */
    public record Counts(int lessons, int lessonsReused, int lessonsFromStore, int mathRendered, int mathFromCache) {}

    /** Lesson pages kept in the page store, keyed from each lesson's store key, made on the build's threads. */
    private final class LessonPages implements PageCache {
        private final Map<Path, String> keys;

        LessonPages(Map<Path, String> keys) {
            this.keys = keys;
        }

        @Override
        public Optional<String> lessonKey(courseware.model.Lesson lesson) {
            return Optional.ofNullable(keys.get(lesson.source().path()));
        }

        @Override
        public <T extends java.io.Serializable> Optional<T> load(String key, Class<T> type) {
            return pages.load(key, type, null);
        }

        @Override
        public void store(String key, java.io.Serializable value) {
            pages.store(key, value, null);
        }

        @Override
        public <T, R> List<R> map(List<T> items, Function<T, R> work) {
            return inParallel(items, work, null); // a few pages at a time: no phase of its own to show
        }
    }

    /** A lesson new to this process: its store key and either its stored result or its fresh parse and check. */
    private record Found(Source source, String key, LessonResult stored, Checking.Lesson pending) {}

    /**
     * {@code work} on every item, on the build's threads, results in the items' order whatever finishes first;
     * progress is reported under {@code phase} unless it is null.
     */
    private <T, R> List<R> inParallel(List<T> items, Function<T, R> work, String phase) {
        if (items.isEmpty()) return List.of();
        List<java.util.concurrent.Future<R>> futures = new ArrayList<>();
        for (T item : items) futures.add(pool().submit(() -> work.apply(item)));
        List<R> results = new ArrayList<>(items.size());
        try {
            for (java.util.concurrent.Future<R> f : futures) {
                results.add(f.get());
                if (phase != null) progress.done(phase, results.size(), items.size());
            }
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
        return results;
    }

    private java.util.concurrent.ExecutorService pool() {
        if (pool == null) {
            java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
            pool = java.util.concurrent.Executors.newFixedThreadPool(options.threads(), r -> {
                Thread t = new Thread(r, "courseware-lessons-" + n.incrementAndGet());
                t.setDaemon(true); // a build that is never closed must not keep the JVM up
                return t;
            });
        }
        return pool;
    }
}
