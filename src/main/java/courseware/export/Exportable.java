package courseware.export;

import courseware.check.CheckResults;
import courseware.check.Checked;
import courseware.check.LearnerAnswer;
import courseware.check.Misconceptions;
import courseware.check.Tolerance;
import courseware.diag.Diagnostics;
import courseware.diag.Pos;
import courseware.model.Figure;
import courseware.model.Lesson;
import courseware.model.Markup;
import courseware.model.Numeral;
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

        /** The variant it is (0: the author's values); a varying question is exported once per variant. */
        int variant();

        /** How its text, math and values are written: with the values of its variant. */
        Prose prose();

        /** The question's number and, for a variant, which: {@code 4}, {@code 4 variant 3}. */
        default String label() {
            return number() + (variant() > 0 ? " variant " + variant() : "");
        }
    }

    /**
     * A numeric question: the interval it accepts, the answer as written (in its variant), where that was written, and
     * its misconceptions where they land in that variant (a wrong answer inside one gets its feedback).
     */
    record Numeric(QuizQuestion question, int number, int variant, Tolerance accepted, BigDecimal stated, Pos answerPos, Prose prose,
            List<Misconceptions.Landing> misconceptions) implements Item {}

    record Choice(QuizQuestion question, int number, int variant, Prose prose) implements Item {}

    record LessonQuiz(Lesson lesson, List<Item> items) {}

    /** Everything the writers need: the lessons' questions, each with how to write its prose. */
    record Quiz(String courseTitle, List<LessonQuiz> lessons) {}

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
                List<CheckResults> variants = new ArrayList<>(List.of(course.checks()));
                course.checks().variants(q.variation()).forEach(v -> variants.add(course.checks().in(v)));
                for (int v = 0; v < variants.size(); v++) {
                    CheckResults checks = variants.get(v);
                    Prose prose = new Prose(checks, course.typeset());
                    if (q.kind() != QuizQuestion.Kind.NUMERIC) {
                        items.add(new Choice(q, n, v, prose));
                        continue;
                    }
                    Optional<Checked> checked = q.answerRef() == null ? Optional.empty() : checks.get(q.answerRef());
                    Pos at = q.answer().pos();
                    Optional<Tolerance> interval = LearnerAnswer.interval(checked, q.answer());
                    Optional<BigDecimal> stated = checked.map(Checked::display).or(() -> Optional.of(q.answer().text())).flatMap(Numeral::read);
                    if (interval.isEmpty() || !(q.answer().value() instanceof StatedValue.Number) || stated.isEmpty()) {
                        diagnostics.error(at, format.title() + " export: the answer '" + q.answer().text() + "' is not one number (a vector or text);"
                                + " the format's numeric question holds one number; split it into one question per component");
                        break;
                    }
                    items.add(new Numeric(q, n, v, interval.get(), stated.get(), at, prose, Misconceptions.of(q, checks)));
                }
            }
            quizzes.add(new LessonQuiz(lesson, items));
        }
        return new Quiz(course.course().config().title(), quizzes);
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
