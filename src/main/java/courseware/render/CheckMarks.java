package courseware.render;

import courseware.check.CheckResults;
import courseware.check.Checked;
import courseware.check.Value;
import courseware.model.Embed;
import courseware.model.MathSpan;
import courseware.model.Markup;
import courseware.model.NumberText;
import courseware.model.ValueRef;
import freemarker.template.utility.StringUtil;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTML for {@code {{ }}} values. Values read as ordinary text; the evidence that they were checked
 * is one quiet badge per example, problem or question (a {@code <details>}: one tab stop, read by
 * screen readers, works without JavaScript and in print) holding a table of what was recomputed.
 */
final class CheckMarks {
    private final CheckResults checks;

    CheckMarks(CheckResults checks) {
        this.checks = checks;
    }

    /** A value in prose: the text as written. */
    String prose(ValueRef ref) {
        return checks.get(ref).map(c -> esc(c.display())).orElse(esc(ref.expression()));
    }

    /**
     * The badge for the checked answers of one item: {@code extra} (a numeric quiz answer, or null)
     * then those in {@code parts} (prose and math, in document order), each once; "" when none.
     */
    String badge(ValueRef extra, List<Markup> parts) {
        Map<Object, Checked> stated = new LinkedHashMap<>();
        if (extra != null) add(extra, stated);
        for (Markup part : parts) {
            for (Embed e : part.embeds()) {
                List<ValueRef> refs = e instanceof MathSpan span ? span.refs().stream().map(MathSpan.Ref::ref).toList()
                        : e instanceof ValueRef r ? List.of(r) : List.of();
                for (ValueRef r : refs) add(r, stated);
            }
        }
        return badgeOf(new ArrayList<>(stated.values()));
    }

    private void add(ValueRef r, Map<Object, Checked> into) {
        checks.get(r).filter(Checked::stated).ifPresent(c -> into.putIfAbsent(c.pos(), c));
    }

    private static String badgeOf(List<Checked> rows) {
        if (rows.isEmpty()) return "";
        StringBuilder out = new StringBuilder("<details class=\"checks\"><summary>")
                .append(rows.size()).append(rows.size() == 1 ? " number" : " numbers").append(" recomputed</summary>")
                .append("<table><thead><tr><th scope=\"col\">Stated</th><th scope=\"col\">Recomputed</th>")
                .append("<th scope=\"col\">Accepted</th><th scope=\"col\">Computation</th></tr></thead><tbody>");
        for (Checked c : rows) {
            String readable = readable(c.value());
            String exact = c.engineValue();
            out.append("<tr><td data-label=\"Stated\">").append(esc(c.display()))
                    .append("</td><td data-label=\"Recomputed\">").append(esc(readable));
            if (!readable.equals(exact)) {
                out.append("<details class=\"exact\"><summary>exact</summary><code>").append(esc(exact)).append("</code></details>");
            }
            out.append("</td><td data-label=\"Accepted\">").append(esc(c.accepted()))
                    .append("</td><td data-label=\"Computation\"><code>").append(esc(c.computation())).append("</code></td></tr>");
        }
        return out.append("</tbody></table></details>").toString();
    }

    /** A recomputed value for the table: numbers at 6 significant digits, anything else in full. */
    private static String readable(Value v) {
        if (v instanceof Value.Num n) return NumberText.readable(n.value());
        if (v instanceof Value.Vec vec) return NumberText.vector(vec.values(), NumberText::readable);
        return v.show();
    }

    private static String esc(String s) {
        return StringUtil.XHTMLEnc(s);
    }
}
