package courseware.model;

import courseware.diag.Pos;
import java.util.List;

/**
 * One quiz question. Choice questions have options; a numeric question has the {@code answer}
 * the learner should give, typed as read at parse, and {@code answerRef} when it is bound to a check
 * ({@code answer: "{{ expr ~ 0.0854 }}"}, whose statement is then the answer), else null; known wrong computations
 * of it with their feedback; and what varies in it.
 */
public record QuizQuestion(Pos pos, Kind kind, Markup prompt, List<Option> options, Stated answer,
        ValueRef answerRef, Markup explanation, List<Misconception> misconceptions, Variation variation) implements java.io.Serializable {
    public QuizQuestion {
        options = List.copyOf(options);
        misconceptions = List.copyOf(misconceptions);
    }

    public enum Kind { SINGLE, MULTIPLE, NUMERIC }

    public record Option(Markup text, boolean correct, Markup feedback) implements java.io.Serializable {}
}
