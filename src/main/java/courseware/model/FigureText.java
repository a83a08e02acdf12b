package courseware.model;

import java.util.List;
import java.util.function.Function;

/**
 * Text drawn inside a figure (a title, a legend entry, a mark's label): plain characters with
 * {@code {{ }}} values, no Markdown and no math, since it becomes SVG text. {@code literals} has
 * one more entry than {@code refs}: literal, value, literal, ... value, literal.
 */
public record FigureText(List<String> literals, List<ValueRef> refs) implements java.io.Serializable {
    public static final FigureText EMPTY = new FigureText(List.of(""), List.of());

    public FigureText {
        literals = List.copyOf(literals);
        refs = List.copyOf(refs);
        if (literals.size() != refs.size() + 1) throw new IllegalArgumentException("literals must surround the values");
    }

    public static FigureText plain(String text) { return new FigureText(List.of(text), List.of()); }

    public boolean isEmpty() { return refs.isEmpty() && literals.get(0).isBlank(); }

    /** The text with each value written as {@code shown} gives it (its checked display). */
    public String render(Function<ValueRef, String> shown) {
        StringBuilder out = new StringBuilder(literals.get(0));
        for (int i = 0; i < refs.size(); i++) out.append(shown.apply(refs.get(i))).append(literals.get(i + 1));
        return out.toString();
    }
}
