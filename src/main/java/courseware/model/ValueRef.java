package courseware.model;

import courseware.diag.Pos;

/**
 * A {@code {{ ... }}} in a lesson: an expression whose value is shown, or, with {@code stated},
 * an answer as the author wrote it, which the build recomputes and checks.
 *
 * @param expression the expression text (a name, or an engine call)
 * @param pos        where the expression starts in the file
 * @param stated     the written answer, or null when the value is only shown
 * @param format     how a shown value is written ({@code sig 3}, {@code dp 2}), or null for the default
 */
public record ValueRef(String expression, Pos pos, Stated stated, String format) implements Embed {
    public ValueRef(String expression, Pos pos, Stated stated) {
        this(expression, pos, stated, null);
    }

    public boolean isAnswer() { return stated != null; }

    /**
     * A written answer. {@code text} is what the learner reads; {@code tolerance} is an explicit
     * override ("abs 1e-4", "rel 1%", "sig 3") or null for the written-precision rule.
     */
    public record Stated(String text, Pos pos, String tolerance) implements java.io.Serializable {}
}
