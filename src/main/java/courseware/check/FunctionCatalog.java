package courseware.check;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The functions check expressions may call, as authors read them: signature, one line on what it
 * computes, and the formula and library convention it follows ({@link FunctionFormulas}).
 */
public final class FunctionCatalog {
    private FunctionCatalog() {}

    /** One Markdown table row per function, sorted by name: signature, description, formula. */
    public static List<String> markdownRows() {
        return sorted().stream()
                .map(fn -> "| `" + Evaluator.signature(fn) + "` | " + cell(fn.doc()) + " | " + cell(formula(fn.name())) + " |")
                .toList();
    }

    /** Plain lines for a terminal: signature, then the description and the formula indented. */
    public static List<String> plainLines() {
        return sorted().stream().map(FunctionCatalog::plain).toList();
    }

    /** One function's entry, as in {@link #plainLines}; empty when no function has this name. */
    public static Optional<String> plainEntry(String name) {
        Fn fn = Functions.all().get(name);
        return fn == null ? Optional.empty() : Optional.of(plain(fn));
    }

    /** Every function name, sorted: for suggestions when a name is not found. */
    public static List<String> names() {
        return sorted().stream().map(Fn::name).toList();
    }

    /** The formula and convention of a function; "" for a name without one (FunctionCatalogTest forbids that). */
    static String formula(String name) {
        return FunctionFormulas.BY_NAME.getOrDefault(name, "");
    }

    private static String plain(Fn fn) {
        return Evaluator.signature(fn) + "\n    " + fn.doc() + "\n    formula: " + formula(fn.name());
    }

    private static List<Fn> sorted() {
        return List.copyOf(new TreeMap<>(Functions.all()).values());
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
