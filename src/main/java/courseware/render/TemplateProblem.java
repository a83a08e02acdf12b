package courseware.render;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.io.IOException;

/**
 * A broken template, said in one line at its place: {@code templates/lesson.ftlh:15:36: ...}.
 * Freemarker's full explanation stays available as the cause (printed with --verbose).
 */
public final class TemplateProblem extends IOException {
    private static final long serialVersionUID = 1L;

    private TemplateProblem(String message, Throwable cause) {
        super(message, cause);
    }

    static TemplateProblem of(Theme theme, TemplateException e) {
        String where = place(theme, e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber());
        String first = firstLine(e.getMessageWithoutStackTop());
        String blamed = e.getBlamedExpressionString();
        return new TemplateProblem(where + "template error: " + first + (blamed != null && !first.contains(blamed) ? " " + blamed : ""), e);
    }

    static TemplateProblem of(Theme theme, ParseException e) {
        String where = place(theme, e.getTemplateName(), e.getLineNumber(), e.getColumnNumber());
        return new TemplateProblem(where + "template syntax error: " + firstLine(e.getEditorMessage()), e);
    }

    private static String place(Theme theme, String name, Integer line, Integer col) {
        if (name == null) return theme.overrides().map(d -> d + ": ").orElse("(built-in theme): ");
        return theme.where(name) + (line == null ? "" : ":" + line + (col == null ? "" : ":" + col)) + ": ";
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("").strip();
    }
}
