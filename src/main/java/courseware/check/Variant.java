package courseware.check;

import courseware.model.Figure;
import courseware.model.ValueRef;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One variant of a varying item, checked: its index (1 and up; 0 is the author's values, the lesson's own results),
 * the values drawn for its varying givens, and the outcome of every value reference and figure of the item in it.
 */
public record Variant(int index, List<Drawn> drawn, Map<ValueRef, Checked> byRef, Map<Figure, FigureData> figures)
        implements java.io.Serializable {
    public Variant {
        drawn = List.copyOf(drawn);
        byRef = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byRef));
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
    }

    /** A varying given and the numeral drawn for it, as the page shows it. */
    public record Drawn(String name, String value) implements java.io.Serializable {}

    /** The drawn values in words, for messages and reports: {@code k=300, eta0=0.2}. */
    public String values() {
        return describe(drawn);
    }

    static String describe(List<Drawn> drawn) {
        return drawn.stream().map(d -> d.name() + "=" + d.value()).collect(Collectors.joining(", "));
    }
}
