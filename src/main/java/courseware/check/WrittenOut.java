package courseware.check;

import courseware.diag.Diagnostics;
import courseware.model.Binding;
import courseware.model.Item;
import courseware.model.Variation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A whole number a varying item writes out (in its text or math) that comes from what varies: it would stay the same
 * in every variant while the numbers around it change. It is suspect when, in the author's values, it equals a
 * varying given, a ratio or product of a varying given and a given the item's values use ({@code \cos(\pi/4)} with
 * {@code K/k = 4}), or a value computed from a varying given. Each is an error at the number, naming where it comes from; a coincidence is
 * marked {@code {{ literal 4 }}}. 0, 1 and 2 are left alone: exponents, halves, {@code k + 1} and "two steps" are
 * structure far more often than a varying value (docs/authoring.md, "Limits").
 */
final class WrittenOut {
    /** Below this a whole number is structure. */
    static final double SMALLEST = 3;

    /** A value the item's numbers may not equal unbound, and how to say where it comes from. */
    private record Derived(double value, String from, String bind) {}

    private WrittenOut() {}

    /** Reports each written-out number of {@code variation}'s item; whether there was one. */
    static boolean report(Item item, List<Binding> bindings, Map<String, Value> values, Diagnostics diagnostics) {
        Variation variation = item.variation();
        List<Derived> derived = derived(variation, used(item, bindings), bindings, values);
        boolean found = false;
        for (Variation.Bare bare : variation.bare()) {
            double n = Double.parseDouble(bare.numeral());
            if (n < SMALLEST) continue;
            for (Derived d : derived) {
                if (d.value() != n) continue;
                diagnostics.error(bare.pos(), "the number " + bare.numeral() + " in this varying item is " + d.from()
                        + ", which varies: write {{ " + d.bind() + " }} so that every variant shows its own"
                        + " (or {{ literal " + bare.numeral() + " }} if it only happens to be equal)");
                found = true;
                break;
            }
        }
        return found;
    }

    /** The names the item's values are computed from, through every binding they use. */
    private static Set<String> used(Item item, List<Binding> bindings) {
        Map<String, String> expressions = new java.util.HashMap<>();
        for (Binding b : bindings) expressions.putIfAbsent(b.name(), b.expression());
        Set<String> used = new HashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>();
        item.refs().forEach(ref -> names(ref.expression(), todo));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (used.add(name) && expressions.containsKey(name)) names(expressions.get(name), todo);
        }
        return used;
    }

    private static void names(String expression, java.util.Collection<String> into) {
        Matcher m = ItemCheck.NAME.matcher(expression);
        while (m.find()) into.add(m.group());
    }

    private static List<Derived> derived(Variation variation, Set<String> used, List<Binding> bindings, Map<String, Value> values) {
        List<Derived> out = new ArrayList<>();
        Set<String> varying = new HashSet<>();
        for (Variation.Vary vary : variation.varies()) {
            varying.add(vary.name());
            number(values, vary.name()).ifPresent(v -> out.add(new Derived(v, "the value of '" + vary.name() + "'", vary.name())));
        }
        // Ratios and products with any given: the numbers a formula's constants are most often written out from.
        for (Variation.Vary vary : variation.varies()) {
            Double v = number(values, vary.name()).orElse(null);
            if (v == null || v == 0) continue;
            for (Binding g : bindings) {
                if (!g.given() || g.name().equals(vary.name()) || !used.contains(g.name())) continue;
                Double w = number(values, g.name()).orElse(null);
                if (w == null || w == 0) continue;
                String a = vary.name(), b = g.name();
                out.add(new Derived(w / v, b + "/" + a, b + "/" + a));
                out.add(new Derived(v / w, a + "/" + b, a + "/" + b));
                out.add(new Derived(v * w, a + "*" + b, a + "*" + b));
            }
        }
        // What is computed from a varying given, in file order (a binding sees the names before it).
        Set<String> changed = new HashSet<>(varying);
        for (Binding b : bindings) {
            if (b.given() || !ItemCheck.mentions(b.expression(), changed)) continue;
            changed.add(b.name());
            if (used.contains(b.name())) number(values, b.name()).ifPresent(v -> out.add(new Derived(v, "the value of '" + b.name() + "', computed from what varies", b.name())));
        }
        return out;
    }

    private static java.util.Optional<Double> number(Map<String, Value> values, String name) {
        return values.get(name) instanceof Value.Num n && Double.isFinite(n.value()) ? java.util.Optional.of(n.value()) : java.util.Optional.empty();
    }
}
