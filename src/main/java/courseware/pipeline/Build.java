package courseware.pipeline;

import courseware.check.CheckResults;
import courseware.check.CheckStage;
import courseware.diag.Diagnostics;
import courseware.diag.Source;
import courseware.load.Content;
import courseware.load.ContentLoader;
import courseware.math.KatexAssets;
import courseware.math.KatexRenderer;
import courseware.math.MathCache;
import courseware.math.MathRequest;
import courseware.math.MathStage;
import courseware.model.Course;
import courseware.model.CourseConfig;
import courseware.model.MathSpan;
import courseware.parse.ContentParser;
import courseware.parse.ParsedLesson;
import courseware.render.SiteRenderer;
import courseware.render.Theme;
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
 * write. It keeps each lesson's results between runs, keyed by the file's text, so a build that
 * lives on (a watch loop, a test) redoes only the lessons that changed; KaTeX starts once, on the
 * first expression the cache misses, and stays up until {@link #close()}. A one-shot build is a
 * Build run once. Content problems are collected as diagnostics; output is produced only when there
 * are none, so a failed build leaves the previous site untouched. I/O failures and broken templates
 * throw (as {@link IOException}).
 */
public final class Build implements AutoCloseable {
    private final BuildOptions options;
    private final ContentParser parser = new ContentParser();
    private final KatexRenderer katex = new KatexRenderer();
    private final MathCache cache;
    private final MathStage math;
    private final Map<Path, LessonResult> lessons = new HashMap<>();
    private String macrosInUse = ""; // the course macros the kept lessons were typeset with
    private Progress progress = (phase, done, total) -> {};

    public Build(BuildOptions options) {
        this.options = options;
        this.cache = MathCache.onDisk(options.cacheDir().resolve("math"));
        this.math = new MathStage(cache, katex);
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
        return run((checked, renderer) -> {
            export.export(checked);
            return 0;
        });
    }

    /** What an export reads: the linked course, every check, and each math span's typeset markup ("" if none). */
    public record CheckedCourse(Course course, CheckResults checks, Function<MathSpan, String> typeset, Diagnostics diagnostics) {}

    /** Makes an export from a course that passed the checks; its refusals go to the course's diagnostics. */
    @FunctionalInterface
    public interface Exporter {
        void export(CheckedCourse course) throws IOException;
    }

    /** What a run does with a course that passed its checks (a site, an export); returns the files it wrote. */
    @FunctionalInterface
    private interface Finish {
        int apply(CheckedCourse checked, SiteRenderer renderer) throws IOException;
    }

    /** Stages 1-4 and linking, always; {@code finish} (null: nothing) only when no problem was found. */
    private BuildReport run(Finish finish) throws IOException {
        int renderedBefore = math.rendered();
        int hitsBefore = math.cacheHits();
        Diagnostics diagnostics = new Diagnostics();
        SiteRenderer renderer = new SiteRenderer(Theme.overlaidBy(options.templates()));
        renderer.validate();
        Content content = new ContentLoader().load(options.content(), diagnostics);
        Optional<CourseConfig> config = parser.readCourse(content.courseFile(), diagnostics);

        // Lessons typeset with other macros are stale: their math would differ.
        String macros = config.map(c -> macrosJson(c.macros())).orElse("");
        if (!macros.equals(macrosInUse)) lessons.clear();
        macrosInUse = macros;
        // A fresh stage per run: its work budget bounds the work this run does (reused lessons cost none).
        CheckStage checker = new CheckStage();
        List<LessonMath.Pending> pending = new ArrayList<>();
        for (Source source : content.lessons()) {
            LessonResult known = lessons.get(source.path());
            if (known == null || !known.isFor(source)) {
                pending.add(checked(source, checker));
                progress.done("checking lessons", pending.size(), content.lessons().size());
            }
        }
        int reused = content.lessons().size() - pending.size();
        // All new lessons' math in one batch: equal expressions across lessons are typeset once, in parallel lanes.
        LessonMath.typeset(pending, macros, math, (done, total) -> progress.done("typesetting math", done, total)).forEach(fresh -> lessons.put(fresh.source().path(), fresh));
        List<LessonResult> results = content.lessons().stream().map(s -> lessons.get(s.path())).toList();
        results.forEach(r -> diagnostics.addAll(r.diagnostics()));
        lessons.keySet().retainAll(content.lessons().stream().map(Source::path).collect(java.util.stream.Collectors.toSet()));

        List<ParsedLesson> parsed = results.stream().map(LessonResult::parsed).toList();
        Optional<Course> course = config.map(c -> parser.link(content.courseFile(), c, parsed, diagnostics));
        CheckResults checks = CheckResults.merge(results.stream().map(LessonResult::checks).toList());
        Counts counts = new Counts(results.size(), reused, math.rendered() - renderedBefore, math.cacheHits() - hitsBefore);
        BuildReport report = new BuildReport(diagnostics, checks, options.strict(), counts, 0);
        if (finish == null || report.failed() || course.isEmpty()) return report;

        Map<MathSpan, MathRequest> requests = new HashMap<>();
        results.forEach(r -> requests.putAll(r.math()));
        Function<MathSpan, String> typeset = span -> {
            MathRequest request = requests.get(span);
            return request == null ? "" : math.html(request).orElse("");
        };
        int files = finish.apply(new CheckedCourse(course.get(), checks, typeset, diagnostics), renderer);
        return new BuildReport(diagnostics, checks, options.strict(), counts, files);
    }

    /** Renders the site and swaps it in; the number of files written. */
    private int writeSite(CheckedCourse checked, SiteRenderer renderer) throws IOException {
        return new SiteWriter().write(options.out(), sink -> {
            renderer.render(checked.course(), checked.typeset(), checked.checks(), sink::accept);
            for (Map.Entry<String, byte[]> f : KatexAssets.files().entrySet()) sink.accept(f.getKey(), f.getValue());
        }, List.of(options.content(), options.templates(), options.cacheDir()), Path.of("").toAbsolutePath()).files();
    }

    /** The course's macros as one line of JSON (keys sorted, as the map is), or "" for none. */
    static String macrosJson(java.util.SortedMap<String, String> macros) {
        if (macros.isEmpty()) return "";
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(macros);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e); // a map of strings always serializes
        }
    }

    private LessonMath.Pending checked(Source source, CheckStage checker) {
        Diagnostics own = new Diagnostics();
        ParsedLesson parsed = parser.parseLesson(source, own);
        CheckResults checks = checker.check(parsed.file(), own);
        return new LessonMath.Pending(source, parsed, checks, own);
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

    /** Stops KaTeX, if it started, and closes the cache. */
    @Override
    public void close() {
        try {
            katex.close();
        } finally {
            cache.close();
        }
    }

    /** How much of a run was done anew: lessons (and reused ones), expressions typeset, and served from the cache. */
    public record Counts(int lessons, int lessonsReused, int mathRendered, int mathFromCache) {}
}
