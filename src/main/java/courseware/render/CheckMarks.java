package courseware.render;

import courseware.check.CheckResults;
import courseware.check.Checked;
import courseware.check.Value;
import courseware.model.Embed;
import courseware.model.MathSpan;
import courseware.model.Markup;
import courseware.model.ValueRef;
import freemarker.template.utility.StringUtil;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
            String readable = readable(c.value(), 6);
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

    /**
     * A number as a person writes it: rounded to {@code digits} significant digits, trailing zeros
     * dropped ({@code 3.4000000000000004} at 12 is {@code 3.4}); scientific notation only for
     * extreme magnitudes.
     */
    static String number(double d, int digits) {
        if (!Double.isFinite(d)) return Double.toString(d);
        if (d == 0) return "0";
        BigDecimal b = new BigDecimal(d).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        int exponent = b.precision() - b.scale() - 1;
        return exponent < -6 || exponent >= 15 ? b.toString().replace("E+", "e").replace("E", "e") : b.toPlainString();
    }

    static String readable(Value v, int digits) {
        if (v instanceof Value.Num n) return number(n.value(), digits);
        if (v instanceof Value.Vec vec) {
            return Arrays.stream(vec.values()).mapToObj(d -> number(d, digits)).collect(Collectors.joining(", ", "(", ")"));
        }
        return v.show();
    }

    private static String esc(String s) {
        return StringUtil.XHTMLEnc(s);
    }
}
