package courseware.pipeline;

import courseware.check.CheckResults;
import courseware.diag.Diagnostics;
import courseware.diag.Source;
import courseware.math.MathRequest;
import courseware.parse.ParsedLesson;
import java.util.List;

/**
 * Everything a build computed for one lesson file: parsed, checked, its math typeset (the cache holds the
 * markup; this holds the distinct requests of its math, each variant's included), and the
 * problems found on the way. It depends on the file's text alone (a lesson's names are its own),
 * so a later build reuses it while the text is unchanged, in memory or from the {@link LessonStore}.
 */
record LessonResult(Source source, ParsedLesson parsed, CheckResults checks, List<MathRequest> math,
        Diagnostics diagnostics) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The lesson as parsed and checked, its diagnostics those of typesetting too: what linking the course reads. */
    Checking.Lesson checked() {
        return new Checking.Lesson(source, parsed, checks, diagnostics);
    }

    boolean isFor(Source other) {
        return source.displayPath().equals(other.displayPath()) && source.text().equals(other.text());
    }
}
