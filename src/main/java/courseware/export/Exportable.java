package courseware.export;

import courseware.check.Checked;
import courseware.check.LearnerAnswer;
import courseware.check.Tolerance;
import courseware.diag.Diagnostics;
import courseware.diag.Pos;
import courseware.model.Figure;
import courseware.model.Lesson;
import courseware.model.Markup;
import courseware.model.QuizQuestion;
import courseware.model.StatedValue;
import courseware.pipeline.Build;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The questions of the chosen lessons as an export reads them, from the typed results: a numeric question with its
 * one exact interval and the number as written, or a choice question. What no format can hold (a vector answer, a
 * figure) is refused here, at its place.
 */
final class Exportable {
    private Exportable() {}

    sealed interface Item permits Numeric, Choice {
        QuizQuestion question();

        /** 1-based place of the question in its lesson's quiz. */
        int number();
    }

    /** A numeric question: the interval it accepts, the answer as written, and where that was written. */
    record Numeric(QuizQuestion question, int number, Tolerance accepted, BigDecimal stated, Pos answerPos) implements Item {}

    record Choice(QuizQuestion question, int number) implements Item {}

    record LessonQuiz(Lesson lesson, List<Item> items) {}

    /** Everything the writers need: the lessons' questions and how to write their prose. */
    record Quiz(String courseTitle, List<LessonQuiz> lessons, Prose prose) {}

    /** @throws IllegalArgumentException when a lesson id names no lesson of the course */
    static Quiz read(ExportFormat format, Build.CheckedCourse course, List<String> lessonIds, Diagnostics diagnostics) {
        List<Lesson> lessons = course.course().lessons();
        for (String id : lessonIds) {
            if (lessons.stream().noneMatch(l -> l.id().equals(id))) throw new IllegalArgumentException("no lesson '" + id + "' in the course");
        }
        List<LessonQuiz> quizzes = new ArrayList<>();
        for (Lesson lesson : lessons) {
            if (!lessonIds.isEmpty() && !lessonIds.contains(lesson.id())) continue;
            List<Item> items = new ArrayList<>();
            int n = 0;
            for (QuizQuestion q : lesson.quiz()) {
                n++;
                boolean figures = false;
                for (Figure f : markups(q).flatMap(m -> m.figures().stream()).toList()) {
                    diagnostics.error(f.pos(), format.title() + " export: a figure in a quiz question cannot be exported"
                            + " (an export carries text and math only); move the figure into the lesson before the question");
                    figures = true;
                }
                if (figures) continue;
                if (q.kind() != QuizQuestion.Kind.NUMERIC) {
                    items.add(new Choice(q, n));
                    continue;
                }
                Optional<Checked> checked = q.answerRef() == null ? Optional.empty() : course.checks().get(q.answerRef());
                Pos at = q.answer().pos();
                Optional<Tolerance> interval = LearnerAnswer.interval(checked, q.answer());
                if (interval.isEmpty() || !(q.answer().value() instanceof StatedValue.Number number)) {
                    diagnostics.error(at, format.title() + " export: the answer '" + q.answer().text() + "' is not one number (a vector or text);"
                            + " the format's numeric question holds one number; split it into one question per component");
                    continue;
                }
                items.add(new Numeric(q, n, interval.get(), number.value(), at));
            }
            quizzes.add(new LessonQuiz(lesson, items));
        }
        return new Quiz(course.course().config().title(), quizzes, new Prose(course.checks(), course.typeset()));
    }

    static Stream<Markup> markups(QuizQuestion q) {
        return Stream.concat(Stream.of(q.prompt(), q.explanation()),
                q.options().stream().flatMap(o -> Stream.of(o.text(), o.feedback())));
    }

    /** The number in its shortest exact decimal: {@code 0.01455}, {@code -3}, {@code 0.0000000009535}. */
    static String exact(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
