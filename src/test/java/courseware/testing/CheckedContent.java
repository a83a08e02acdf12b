package courseware.testing;

import courseware.check.CheckResults;
import courseware.diag.Diagnostics;
import courseware.math.MathRequest;
import courseware.model.Course;
import courseware.model.LessonFile;
import courseware.pipeline.Checking;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A content folder loaded, parsed and checked by the build's own path ({@link Checking}), short of typesetting and
 * writing: the start of tests and benchmarks that work on the model. {@code diagnostics} holds what all three steps
 * reported.
 */
public record CheckedContent(Checking.Folder checked) {

    public static CheckedContent of(Path folder) throws IOException {
        return new CheckedContent(new Checking().folder(folder));
    }

    public Course course() { return checked.course().orElseThrow(); }

    public CheckResults checks() { return checked.checks(); }

    public Diagnostics diagnostics() { return checked.diagnostics(); }

    /** What each lesson file holds for checks and math. */
    public List<LessonFile> files() { return checked.files(); }

    /**
     * Every distinct expression a build asks KaTeX for (values written in, with the course's macros as the build passes
     * them), in the order the lessons hold them.
     */
    public List<MathRequest> mathRequests() { return checked.mathRequests(); }
}
