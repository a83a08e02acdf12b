package courseware.model;

import courseware.diag.Pos;

/**
 * A written answer, read once at parse: the text the learner reads, where it starts in the file,
 * what it says, and how close a recomputed value must come. Every later use (the check, the
 * precision lint, {@code --fix}, the page's grader, the exports) takes these typed parts; none
 * reads the text again.
 */
public record Stated(String text, Pos pos, StatedValue value, ToleranceSpec tolerance) implements java.io.Serializable {}
