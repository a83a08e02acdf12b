package courseware.check;

import courseware.diag.Pos;
import courseware.model.StatedValue;

/**
 * The outcome for one {@code {{ }}}: what the page shows, and for a stated answer what the engine
 * computed and which values the statement accepts.
 *
 * @param display     the text the learner reads (the statement as written, or the shown value)
 * @param stated      true for a checked answer, false for a shown value
 * @param value       the recomputed value
 * @param acceptance  what the statement accepts: exact intervals, one value, or nothing for a shown value
 * @param computation how the value was computed, with the inputs it used
 * @param passed      whether the statement agrees with the engine (always true for shown values)
 */
public record Checked(Pos pos, String expression, String display, boolean stated, Value value, Acceptance acceptance,
        String computation, boolean passed) implements java.io.Serializable {
    /** The recomputed value at full precision, in words. */
    public String engineValue() { return value.show(); }

    /** The accepted values in words, e.g. {@code [0.01455, 0.01465)}; "" for a shown value. */
    public String accepted() { return acceptance.describe(); }

    /**
     * What the page shows, as TeX for the math it stands in: a number or vector as numbers
     * ({@code 9.54e-7} as {@code 9.54 \times 10^{-7}}), by the kind of the value, not the look of
     * the text; anything else as {@code \text{...}}.
     */
    public String tex() {
        if (value instanceof Value.Num || value instanceof Value.Vec) {
            switch (StatedValue.read(display)) {
                case StatedValue.Number n -> { return tex(n); }
                case StatedValue.Vector v -> {
                    boolean square = display.strip().startsWith("[");
                    return (square ? "[" : "(") + v.components().stream().map(Checked::tex).collect(java.util.stream.Collectors.joining(", "))
                            + (square ? "]" : ")");
                }
                case StatedValue.Word w -> { }
            }
        }
        StringBuilder text = new StringBuilder("\\text{");
        for (char c : display.toCharArray()) {
            switch (c) {
                case '\\' -> text.append("\\textbackslash{}");
                case '^' -> text.append("\\textasciicircum{}");
                case '~' -> text.append("\\textasciitilde{}");
                case '{', '}', '$', '&', '#', '_', '%' -> text.append('\\').append(c);
                default -> text.append(c);
            }
        }
        return text.append('}').toString();
    }

    /** A numeral as the author or the formatter wrote it, its exponent as a power of ten, a TeX minus. */
    private static String tex(StatedValue.Number n) {
        String w = n.written().replace('\u2212', '-');
        int e = Math.max(w.indexOf('e'), w.indexOf('E'));
        if (e < 0) return w;
        int exponent = Integer.parseInt(w.substring(e + 1).replace("+", ""));
        return w.substring(0, e) + " \\times 10^{" + exponent + "}";
    }
}
