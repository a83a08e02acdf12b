package courseware.parse;

import courseware.model.Lesson;
import courseware.model.LessonFile;
import java.util.Optional;

/**
 * What parsing one lesson file gave: the lesson (empty when its front matter is unusable), what
 * the file holds for checks and math either way, and its id, read loosely when the front matter
 * failed so links to it are not reported as dangling too.
 */
public record ParsedLesson(Optional<Lesson> lesson, LessonFile file, Optional<String> id) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Optional is not serializable: the lesson result cache stores this form instead. */
    private record Stored(Lesson lesson, LessonFile file, String id) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        private Object readResolve() {
            return new ParsedLesson(Optional.ofNullable(lesson), file, Optional.ofNullable(id));
        }
    }

    private Object writeReplace() {
        return new Stored(lesson.orElse(null), file, id.orElse(null));
    }
}
