package courseware.model;

import courseware.diag.Pos;

/**
 * A {@code {{ ... }}} in a lesson: an expression whose value is shown, or, with {@code stated},
 * an answer as the author wrote it, which the build recomputes and checks.
 *
 * @param expression the expression text (a name, or an engine call)
 * @param pos        where the expression starts in the file
 * @param stated     the written answer, or null when the value is only shown
 * @param format     how a shown value is written
 */
public record ValueRef(String expression, Pos pos, Stated stated, ShownSpec format) implements Embed {
    public ValueRef(String expression, Pos pos, Stated stated) {
        this(expression, pos, stated, new ShownSpec.Default());
    }

    public boolean isAnswer() { return stated != null; }
}
