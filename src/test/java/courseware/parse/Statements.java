package courseware.parse;

import courseware.diag.Diagnostics;
import courseware.diag.Source;
import courseware.model.ShownSpec;
import courseware.model.Stated;
import courseware.model.ToleranceSpec;
import courseware.model.ValueRef;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Stated answers and formats for unit tests of later stages, read by the parser's own syntax
 * ({@link ValueSyntax}), so a test states {@code "0.0146"} with {@code "abs 1e-4"} as an author would.
 * A syntax error is thrown as an {@link IllegalArgumentException} carrying the parser's message.
 */
public final class Statements {
    private Statements() {}

    /** {@code text} as stated in {@code {{ x ~ text; tolerance }}}; {@code tolerance} may be null. */
    public static Stated stated(String text, String tolerance) {
        return parse("x ~ " + text + (tolerance == null ? "" : "; " + tolerance)).stated();
    }

    public static Stated stated(String text) { return stated(text, null); }

    public static ToleranceSpec tolerance(String text) { return stated("1", text).tolerance(); }

    /** The format of {@code {{ x; format }}}. */
    public static ShownSpec shown(String format) {
        return parse("x; " + format).format();
    }

    /** The inside of one {@code {{ }}}, as the parser reads it in a file holding only it. */
    private static ValueRef parse(String inner) {
        Source source = new Source(Path.of("test.md"), "test.md", "{{" + inner + "}}");
        Diagnostics d = new Diagnostics();
        Optional<ValueRef> ref = ValueSyntax.parse(inner, k -> source.pos(2 + k), d);
        if (d.hasErrors()) throw new IllegalArgumentException(d.sorted().get(0).message());
        return ref.orElseThrow();
    }
}
