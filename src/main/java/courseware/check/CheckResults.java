package courseware.check;

import courseware.model.Figure;
import courseware.model.ValueRef;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import courseware.model.Variation;
import java.util.Optional;

/**
 * Every {@code {{ }}} of the course with its outcome, in document order, and what each figure draws,
 * computed over the same names; read by render and reports.
 */
public record CheckResults(Map<ValueRef, Checked> byRef, Map<Figure, FigureData> figures, Map<Variation, List<Variant>> variants)
        implements java.io.Serializable {
    public CheckResults {
        byRef = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byRef));
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
        variants = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variants));
    }

    public CheckResults(Map<ValueRef, Checked> byRef, Map<Figure, FigureData> figures) {
        this(byRef, figures, Map.of());
    }

    public CheckResults(Map<ValueRef, Checked> byRef) {
        this(byRef, Map.of());
    }

    /** The checked variants 1 and up of a varying item (empty for one that does not vary, or whose variants failed). */
    public List<Variant> variants(Variation variation) {
        return variants.getOrDefault(variation, List.of());
    }

    /** These results as one variant sees them: its item's values and figures instead of the author's. */
    public CheckResults in(Variant variant) {
        Map<ValueRef, Checked> refs = new java.util.LinkedHashMap<>(byRef);
        refs.putAll(variant.byRef());
        Map<Figure, FigureData> drawn = new java.util.LinkedHashMap<>(figures);
        drawn.putAll(variant.figures());
        return new CheckResults(refs, drawn, variants);
    }

    public Optional<Checked> get(ValueRef ref) { return Optional.ofNullable(byRef.get(ref)); }

    /** What a figure draws; empty when its spec had a problem (reported). */
    public Optional<FigureData> figure(Figure figure) { return Optional.ofNullable(figures.get(figure)); }

    public Collection<Checked> all() { return byRef.values(); }

    /** One outcome as reports list it: variant 0 for the author's values, else the variant and its drawn values. */
    public record Case(Checked checked, int variant, String values) {}

    /** Every outcome, the author's first, in document order, then each variant's, item by item: one report case each. */
    public List<Case> cases() {
        List<Case> cases = new java.util.ArrayList<>();
        byRef.values().forEach(c -> cases.add(new Case(c, 0, "")));
        variants.values().forEach(list -> list.forEach(v -> v.byRef().values().forEach(c -> cases.add(new Case(c, v.index(), v.values())))));
        return cases;
    }

    /** Several lessons' results as one, in the order given. */
    public static CheckResults merge(java.util.List<CheckResults> parts) {
        Map<ValueRef, Checked> all = new java.util.LinkedHashMap<>();
        Map<Figure, FigureData> figures = new java.util.LinkedHashMap<>();
        Map<Variation, List<Variant>> variants = new java.util.LinkedHashMap<>();
        parts.forEach(p -> {
            all.putAll(p.byRef());
            figures.putAll(p.figures());
            variants.putAll(p.variants());
        });
        return new CheckResults(all, figures, variants);
    }

    /** Stated answers checked: the author's, and each variant's. */
    public long answers() {
        return byRef.values().stream().filter(Checked::stated).count()
                + variants.values().stream().flatMap(List::stream).flatMap(v -> v.byRef().values().stream()).filter(Checked::stated).count();
    }
}
