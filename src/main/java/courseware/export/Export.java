package courseware.export;

import courseware.diag.Diagnostics;
import courseware.diag.Pos;
import courseware.pipeline.Build;
import java.util.ArrayList;
import java.util.List;

/**
 * The export of a checked course: each question read from the typed results ({@link Exportable}), then written by the
 * format, or refused at its place. Refusals are errors in the run's diagnostics; when any is there the export has no
 * bytes, so nothing is written.
 */
public final class Export {
    /** Something the author should know that is no error: a verdict the format changes because they asked for it. */
    public record Note(Pos pos, String message) {}

    /** The file's bytes (null when anything was refused) and the notes to print. */
    public record Result(byte[] bytes, List<Note> notes) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    private Export() {}

    /**
     * @param lessonIds  the lessons to export, in course order when empty (all of them)
     * @param closedEnds Moodle only: export a half-open interval as the closed one, with a note per question
     */
    public static Result of(ExportFormat format, Build.CheckedCourse course, List<String> lessonIds, boolean closedEnds) {
        Diagnostics diagnostics = course.diagnostics();
        long errorsBefore = diagnostics.errorCount();
        Exportable.Quiz quiz = Exportable.read(format, course, lessonIds, diagnostics);
        List<Note> notes = new ArrayList<>();
        byte[] bytes = switch (format) {
            case QTI -> QtiPackage.write(quiz, diagnostics);
            case MOODLE -> MoodleXml.write(quiz, closedEnds, diagnostics, notes);
        };
        return diagnostics.errorCount() > errorsBefore ? new Result(null, notes) : new Result(bytes, notes);
    }
}
