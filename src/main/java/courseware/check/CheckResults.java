package courseware.check;

import courseware.model.ValueRef;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Every {@code {{ }}} of the course with its outcome, in document order; read by render and reports. */
public record CheckResults(Map<ValueRef, Checked> byRef) {
    public CheckResults {
        byRef = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byRef));
    }

    public Optional<Checked> get(ValueRef ref) { return Optional.ofNullable(byRef.get(ref)); }

    public Collection<Checked> all() { return byRef.values(); }

    /** Several lessons' results as one, in the order given. */
    public static CheckResults merge(java.util.List<CheckResults> parts) {
        Map<ValueRef, Checked> all = new java.util.LinkedHashMap<>();
        parts.forEach(p -> all.putAll(p.byRef()));
        return new CheckResults(all);
    }

    public long answers() { return byRef.values().stream().filter(Checked::stated).count(); }
}
