package courseware.model;

import courseware.diag.Pos;
import java.util.List;

/**
 * A rendered Markdown fragment. Its HTML holds a placeholder {@code <cw-embed kind="math" i="k">}
 * for the k-th entry of {@code math} and {@code kind="ref"} for the k-th {@code {{ }}} value in
 * prose; the render stage swaps in the typeset expression or checked value. Raw HTML from lessons
 * is escaped and the fragment sanitized, so no lesson text can forge a placeholder. {@code pos} is where the fragment starts.
 */
public record Markup(String html, List<MathSpan> math, List<ValueRef> refs, Pos pos) {
    /** No content; its position is unknown (null). */
    public static final Markup EMPTY = new Markup("", List.of(), List.of(), null);

    public Markup {
        math = List.copyOf(math);
        refs = List.copyOf(refs);
    }

    public boolean isEmpty() { return html.isBlank(); }

    /** Every value reference, in prose and inside math, in document order of their kinds. */
    public java.util.stream.Stream<ValueRef> allRefs() {
        return java.util.stream.Stream.concat(refs.stream(), math.stream().flatMap(m -> m.refs().stream().map(MathSpan.Ref::ref)));
    }

    public static final String EMBED_TAG = "cw-embed";

    public static String placeholder(int index) { return embed("math", index); }

    public static String refPlaceholder(int index) { return embed("ref", index); }

    private static String embed(String kind, int index) {
        return "<" + EMBED_TAG + " kind=\"" + kind + "\" i=\"" + index + "\"></" + EMBED_TAG + ">";
    }
}
