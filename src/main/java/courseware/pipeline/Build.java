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
import courseware.math.MathStage;
import courseware.model.Course;
import courseware.model.CourseConfig;
import courseware.model.MathSpan;
import courseware.parse.ContentParser;
import courseware.parse.ParsedLesson;
import courseware.render.SiteRenderer;
import courseware.write.SiteWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

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
    private final MathStage math;
    private final Map<Path, LessonResult> lessons = new HashMap<>();

    public Build(BuildOptions options) {
        this.options = options;
        this.math = new MathStage(MathCache.onDisk(options.cacheDir().resolve("math")), katex);
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
        return run(false);
    }

    /** Validates everything, then renders and replaces the site. */
    public BuildReport write() throws IOException {
        return run(true);
    }

    private BuildReport run(boolean write) throws IOException {
        int renderedBefore = math.rendered();
        int hitsBefore = math.cacheHits();
        Diagnostics diagnostics = new Diagnostics();
        SiteRenderer renderer = new SiteRenderer(options.templates());
        renderer.validate();
        Content content = new ContentLoader().load(options.content(), diagnostics);
        Optional<CourseConfig> config = parser.readCourse(content.courseFile(), diagnostics);

        // A fresh stage per run: its work budget bounds the work this run does (reused lessons cost none).
        CheckStage checker = new CheckStage();
        List<LessonResult> results = new ArrayList<>();
        int reused = 0;
        for (Source source : content.lessons()) {
            LessonResult known = lessons.get(source.path());
            if (known != null && known.isFor(source)) reused++;
            else lessons.put(source.path(), known = lessonResult(source, checker));
            results.add(known);
            diagnostics.addAll(known.diagnostics());
        }
        lessons.keySet().retainAll(content.lessons().stream().map(Source::path).collect(java.util.stream.Collectors.toSet()));

        List<ParsedLesson> parsed = results.stream().map(LessonResult::parsed).toList();
        Optional<Course> course = config.map(c -> parser.link(content.courseFile(), c, parsed, diagnostics));
        CheckResults checks = CheckResults.merge(results.stream().map(LessonResult::checks).toList());
        Counts counts = new Counts(results.size(), reused, math.rendered() - renderedBefore, math.cacheHits() - hitsBefore);
        BuildReport report = new BuildReport(diagnostics, checks, options.strict(), counts, 0);
        if (!write || report.failed() || course.isEmpty()) return report;

        Map<MathSpan, String> typeset = new HashMap<>();
        results.forEach(r -> typeset.putAll(r.math()));
        SortedMap<String, byte[]> files = renderer.render(course.get(), span -> typeset.getOrDefault(span, ""), checks);
        files.putAll(KatexAssets.files());
        new SiteWriter().write(options.out(), files,
                List.of(options.content(), options.templates(), options.cacheDir()), Path.of("").toAbsolutePath());
        return new BuildReport(diagnostics, checks, options.strict(), counts, files.size());
    }

    private LessonResult lessonResult(Source source, CheckStage checker) {
        Diagnostics own = new Diagnostics();
        ParsedLesson parsed = parser.parseLesson(source, own);
        CheckResults checks = checker.check(parsed.file(), own);
        Map<MathSpan, String> html = LessonMath.typeset(parsed.file().markups(), checks, math, own);
        return new LessonResult(source, parsed, checks, html, own);
    }

    /** Stops KaTeX, if it started. */
    @Override
    public void close() {
        katex.close();
    }

    /** How much of a run was done anew: lessons (and reused ones), expressions typeset, and served from the cache. */
    public record Counts(int lessons, int lessonsReused, int mathRendered, int mathFromCache) {}
}
