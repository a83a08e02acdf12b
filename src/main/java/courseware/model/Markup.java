package courseware.model;

import courseware.diag.Pos;
import java.util.List;
import java.util.stream.Stream;


/**
 * A rendered Markdown fragment. Its HTML holds a placeholder {@code <cw-embed i="k">} for the k-th
 * of its {@code embeds} (math, {@code {{ }}} values and figures, in document order); the render
 * stage swaps in each one's HTML. Raw HTML from lessons is escaped and the fragment sanitized, so no lesson text
 * can forge a placeholder. {@code pos} is where the fragment starts.
 */
public record Markup(String html, List<Embed> embeds, Pos pos) implements java.io.Serializable {
    /** No content; its position is unknown (null). */
    public static final Markup EMPTY = new Markup("", List.of(), null);
    public static final String EMBED_TAG = "cw-embed";

    public Markup {
        embeds = List.copyOf(embeds);
    }

    public boolean isEmpty() { return html.isBlank(); }

    /** The math of the fragment, in document order; a figure's caption math at the figure's place. */
    public List<MathSpan> math() {
        return embeds.stream().flatMap(e -> e instanceof MathSpan m ? Stream.of(m)
                : e instanceof Figure f ? f.caption().math().stream() : Stream.empty()).toList();
    }

    /** The figures of the fragment, in document order. */
    public List<Figure> figures() { return of(Figure.class); }

    /** The {@code {{ }}} values in prose (not those inside math), in document order. */
    public List<ValueRef> refs() { return of(ValueRef.class); }

    /** Every value reference, in prose, inside math and in figures. */
    public Stream<ValueRef> allRefs() {
        return Stream.of(refs().stream(), of(MathSpan.class).stream().flatMap(m -> m.refs().stream().map(MathSpan.Ref::ref)),
                figures().stream().flatMap(Figure::refs)).flatMap(s -> s);
    }

    /** The placeholder of the embed at {@code index}. */
    public static String placeholder(int index) {
        return "<" + EMBED_TAG + " i=\"" + index + "\"></" + EMBED_TAG + ">";
    }

    /** Matches a {@link #placeholder}; group 1 is the embed's index. The one reader of what {@code placeholder} writes. */
    public static final java.util.regex.Pattern PLACEHOLDER =
            java.util.regex.Pattern.compile("<" + EMBED_TAG + " i=\"(\\d+)\"></" + EMBED_TAG + ">");

    private <T extends Embed> List<T> of(Class<T> kind) {
        return embeds.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
