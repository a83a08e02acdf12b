package courseware.model;

import courseware.diag.Pos;

/** A practice problem; solution and answer stay hidden until the learner opens them. */
public record PracticeProblem(Pos pos, Markup title, Markup statement, Markup solution, Markup answer, Variation variation) implements java.io.Serializable {
    public boolean hasAnswer() { return !answer.isEmpty(); }
}
