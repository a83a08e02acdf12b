package courseware.check;

import courseware.model.Figure;
import courseware.model.ValueRef;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Every {@code {{ }}} of the course with its outcome, in document order, and what each figure draws,
 * computed over the same names; read by render and reports.
 */
public record CheckResults(Map<ValueRef, Checked> byRef, Map<Figure, FigureData> figures) implements java.io.Serializable {
    public CheckResults {
        byRef = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byRef));
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
    }

    public CheckResults(Map<ValueRef, Checked> byRef) {
        this(byRef, Map.of());
    }

    public Optional<Checked> get(ValueRef ref) { return Optional.ofNullable(byRef.get(ref)); }

    /** What a figure draws; empty when its spec had a problem (reported). */
    public Optional<FigureData> figure(Figure figure) { return Optional.ofNullable(figures.get(figure)); }

    public Collection<Checked> all() { return byRef.values(); }

    /** Several lessons' results as one, in the order given. */
    public static CheckResults merge(java.util.List<CheckResults> parts) {
        Map<ValueRef, Checked> all = new java.util.LinkedHashMap<>();
        Map<Figure, FigureData> figures = new java.util.LinkedHashMap<>();
        parts.forEach(p -> {
            all.putAll(p.byRef());
            figures.putAll(p.figures());
        });
        return new CheckResults(all, figures);
    }

    public long answers() { return byRef.values().stream().filter(Checked::stated).count(); }
}
