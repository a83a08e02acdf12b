package courseware.model;

import courseware.diag.Pos;

/** A worked example: statement, solution steps and the answer a learner reads. */
public record WorkedExample(Pos pos, Markup title, Markup statement, Markup solution, Markup answer, Variation variation) implements java.io.Serializable {}
