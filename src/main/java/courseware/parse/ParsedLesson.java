package courseware.parse;

import courseware.model.Lesson;
import courseware.model.LessonFile;
import java.util.Optional;

/**
 * What parsing one lesson file gave: the lesson (empty when its front matter is unusable), what
 * the file holds for checks and math either way, and its id, read loosely when the front matter
 * failed so links to it are not reported as dangling too.
 */
public record ParsedLesson(Optional<Lesson> lesson, LessonFile file, Optional<String> id) {}
