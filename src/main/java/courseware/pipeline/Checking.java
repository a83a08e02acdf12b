package courseware.pipeline;

import courseware.check.CheckResults;
import courseware.check.CheckStage;
import courseware.diag.Diagnostics;
import courseware.diag.Source;
import courseware.load.Content;
import courseware.load.ContentLoader;
import courseware.math.MathRequest;
import courseware.model.Course;
import courseware.model.CourseConfig;
import courseware.model.LessonFile;
import courseware.parse.ContentParser;
import courseware.parse.ParsedLesson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Stages 2 and 3 as a build runs them: each lesson parsed and checked on its own ({@link #lesson}), and the course
 * file read and the lessons linked into the course. {@link Build} does its per-lesson step and its linking here (and
 * keeps each lesson's result, and typesets its math, around them); {@link #content} and {@link #folder} are the same
 * path for a caller that wants a course's typed results and no site (tests, benchmarks, tools). One instance serves
 * any number of threads: each lesson's engine work budget is its own.
 */
public final class Checking {
    /** One parser per thread: cheap to make, and then no part of parsing needs to be thread-safe. */
    private static final ThreadLocal<ContentParser> PARSERS = ThreadLocal.withInitial(ContentParser::new);
    private final CheckStage checker;

    public Checking() {
        this(new CheckStage());
    }

    /** With this check stage (a benchmark reads its work budget after). */
    public Checking(CheckStage checker) {
        this.checker = java.util.Objects.requireNonNull(checker, "checker");
    }

    /** One lesson file parsed and checked: what its math is typeset from, and the problems found in it. */
    public record Lesson(Source source, ParsedLesson parsed, CheckResults checks, Diagnostics diagnostics) {}

    /**
     * A course's typed results: the linked course (empty when the course file is unusable), each lesson's own results
     * in content order, all their checks as one, the course's macros as the math stage takes them (one line of JSON,
     * "" for none) and every problem found.
     */
    public record Folder(Optional<Course> course, List<Lesson> lessons, CheckResults checks, String macros, Diagnostics diagnostics) {
        /** What each lesson file holds for checks and math, files whose front matter failed included. */
        public List<LessonFile> files() {
            return lessons.stream().map(l -> l.parsed().file()).toList();
        }

        /** Every distinct expression a build of this course asks KaTeX for, in the order the lessons hold them. */
        public List<MathRequest> mathRequests() {
            return LessonMath.requests(lessons, macros);
        }
    }

    /**
     * One lesson on its own, its problems (a bug included, as an error at the file) in its own diagnostics: a lesson's
     * names are its own, so the result depends on its text alone.
     */
    public Lesson lesson(Source source) {
        return lesson(source, "");
    }

    /** The same, its variants drawn with the course's seed ({@code CourseConfig.seed}, "" for none). */
    public Lesson lesson(Source source, String courseSeed) {
        Diagnostics own = new Diagnostics();
        ParsedLesson parsed = PARSERS.get().parseLesson(source, own);
        CheckResults checks = parsed.id().map(id -> checker.check(parsed.file(), courseSeed, id, own)).orElseGet(() -> checker.check(parsed.file(), own));
        return new Lesson(source, parsed, checks, own);
    }

    /** A content folder loaded, then checked as {@link #content} does it (load problems included). */
    public Folder folder(Path contentDir) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        return content(new ContentLoader().load(contentDir, diagnostics), diagnostics);
    }

    /** Loaded content as a build checks it, short of typesetting: the course file, every lesson, then the linking. */
    public Folder content(Content content, Diagnostics diagnostics) {
        Optional<CourseConfig> config = courseFile(content.courseFile(), diagnostics);
        String seed = config.map(CourseConfig::seed).orElse("");
        return linked(content, config, macros(config), content.lessons().stream().map(s -> lesson(s, seed)).toList(), diagnostics);
    }

    /** {@code course.yml}, validated; empty when it is unusable (its problems are in {@code diagnostics}). */
    Optional<CourseConfig> courseFile(Source courseFile, Diagnostics diagnostics) {
        return PARSERS.get().readCourse(courseFile, diagnostics);
    }

    /** The course's macros as the math stage takes them: one line of JSON (keys sorted, as the map is), or "" for none. */
    static String macros(Optional<CourseConfig> config) {
        java.util.SortedMap<String, String> macros = config.map(CourseConfig::macros).orElse(java.util.Collections.emptySortedMap());
        if (macros.isEmpty()) return "";
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(macros);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e); // a map of strings always serializes
        }
    }

    /**
     * The lessons' results as the course's: each lesson's problems added to {@code diagnostics} in content order, the
     * lessons linked (when the course file was usable) and their checks merged. {@code macros} is {@link #macros} of
     * {@code config}, which the caller has already made to key and typeset the lessons.
     */
    Folder linked(Content content, Optional<CourseConfig> config, String macros, List<Lesson> lessons, Diagnostics diagnostics) {
        lessons.forEach(l -> diagnostics.addAll(l.diagnostics()));
        List<ParsedLesson> parsed = lessons.stream().map(Lesson::parsed).toList();
        Optional<Course> course = config.map(c -> PARSERS.get().link(content.courseFile(), c, parsed, diagnostics));
        CheckResults checks = CheckResults.merge(lessons.stream().map(Lesson::checks).toList());
        return new Folder(course, lessons, checks, macros, diagnostics);
    }
}
