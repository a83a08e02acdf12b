package courseware.parse;

import courseware.diag.Diagnostics;
import courseware.diag.Pos;
import courseware.model.Numeral;
import courseware.model.ShownSpec;
import courseware.model.Stated;
import courseware.model.StatedValue;
import courseware.model.ToleranceSpec;
import courseware.model.ValueRef;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The inside of {@code {{ ... }}}: {@code expr}, or {@code expr ~ stated} / {@code expr = stated},
 * optionally followed by {@code ; abs 1e-4}, {@code ; rel 1%} or {@code ; sig 3}; a shown value
 * may name its format, {@code expr; sig 3} or {@code expr; dp 2}. The same syntax serves prose, math
 * and quiz answers; only how offsets map to the file differs.
 */
final class ValueSyntax {
    private ValueSyntax() {}

    /**
     * @param inner     the text between the braces
     * @param positions maps an offset in {@code inner} to the file
     */
    static Optional<ValueRef> parse(String inner, PosMap positions, Diagnostics diagnostics) {
        int op = topLevelOperator(inner);
        int format = op < 0 ? inner.indexOf(';') : -1;
        String exprPart = op < 0 ? (format < 0 ? inner : inner.substring(0, format)) : inner.substring(0, op);
        int exprStart = leading(inner, 0);
        String expression = exprPart.strip();
        if (expression.isEmpty()) {
            diagnostics.error(positions.at(0), "empty '{{ }}': write a name or an expression, e.g. {{ eta ~ 0.0146 }}");
            return Optional.empty();
        }
        if (op < 0) {
            if (format < 0) return Optional.of(new ValueRef(expression, positions.at(exprStart), null));
            int at = leading(inner, format + 1);
            return shown(inner.substring(format + 1).strip(), positions.at(at), diagnostics)
                    .map(spec -> new ValueRef(expression, positions.at(exprStart), null, spec));
        }

        String rest = inner.substring(op + 1);
        int semicolon = rest.indexOf(';');
        String statedPart = semicolon < 0 ? rest : rest.substring(0, semicolon);
        String stated = statedPart.strip();
        int statedStart = leading(inner, op + 1);
        if (stated.isEmpty()) {
            diagnostics.error(positions.at(op), "nothing stated after '" + inner.charAt(op) + "': write the answer the learner reads");
            return Optional.empty();
        }
        Optional<ToleranceSpec> tolerance = semicolon < 0 || rest.substring(semicolon + 1).isBlank() ? Optional.of(new ToleranceSpec.Written())
                : tolerance(rest.substring(semicolon + 1).strip(), positions.at(leading(inner, op + 1 + semicolon + 1)), diagnostics);
        return tolerance.map(t -> new ValueRef(expression, positions.at(exprStart),
                new Stated(stated, positions.at(statedStart), StatedValue.read(stated), t)));
    }

    /** A stated answer written without an expression (a quiz's plain {@code answer: 0.8}): the written-precision rule. */
    static Stated plain(String text, Pos pos) {
        return new Stated(text.strip(), pos, StatedValue.read(text), new ToleranceSpec.Written());
    }

    /** {@code abs 1e-4}, {@code rel 1%} / {@code rel 0.01} or {@code sig 3}; an error at {@code at} otherwise. */
    static Optional<ToleranceSpec> tolerance(String text, Pos at, Diagnostics diagnostics) {
        String[] words = text.split("\\s+");
        if (words.length != 2) {
            diagnostics.error(at, "tolerance '" + text + "': write abs 1e-4, rel 1% or sig 3");
            return Optional.empty();
        }
        String amount = words[1];
        switch (words[0]) {
            case "abs" -> {
                Optional<BigDecimal> a = Numeral.read(amount).filter(x -> x.signum() >= 0);
                if (a.isPresent()) return Optional.of(new ToleranceSpec.Absolute(a.get(), text));
                diagnostics.error(at, "abs tolerance must be a number >= 0, got " + amount);
            }
            case "rel" -> {
                boolean percent = amount.endsWith("%");
                Optional<BigDecimal> r = Numeral.read(percent ? amount.substring(0, amount.length() - 1) : amount).filter(x -> x.signum() >= 0);
                if (r.isPresent()) return Optional.of(new ToleranceSpec.Relative(percent ? r.get().movePointLeft(2) : r.get(), text));
                diagnostics.error(at, "rel tolerance must be a number >= 0, got " + amount);
            }
            case "sig" -> {
                if (amount.matches("[1-9]\\d?")) return Optional.of(new ToleranceSpec.Significant(Integer.parseInt(amount)));
                diagnostics.error(at, "sig needs a number of digits from 1 to 99, got " + amount);
            }
            default -> diagnostics.error(at, "unknown tolerance '" + words[0] + "'; use abs, rel or sig");
        }
        return Optional.empty();
    }

    /** {@code sig 3} (1 to 99 significant digits) or {@code dp 2} (0 to 99 decimals); an error at {@code at} otherwise. */
    static Optional<ShownSpec> shown(String text, Pos at, Diagnostics diagnostics) {
        String[] words = text.split("\\s+");
        if (words.length == 2 && words[1].matches("\\d{1,2}")) {
            int n = Integer.parseInt(words[1]);
            if (words[0].equals("sig") && n > 0) return Optional.of(new ShownSpec.Significant(n));
            if (words[0].equals("dp")) return Optional.of(new ShownSpec.Decimals(n));
        }
        diagnostics.error(at, "format '" + text + "': write sig 3 (significant digits, 1 to 99) or dp 2 (decimals, 0 to 99)");
        return Optional.empty();
    }

    private static int leading(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    /** Index of the first '~' or lone '=' outside brackets and quotes, or -1. */
    static int topLevelOperator(String s) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') quoted = !quoted;
            if (quoted) continue;
            if (c == '(' || c == '[') depth++;
            else if (c == ')' || c == ']') depth--;
            else if (depth == 0 && c == '~') return i;
            else if (depth == 0 && c == '=') {
                boolean partOfComparison = (i + 1 < s.length() && s.charAt(i + 1) == '=')
                        || (i > 0 && "=<>!".indexOf(s.charAt(i - 1)) >= 0);
                if (!partOfComparison) return i;
            }
        }
        return -1;
    }
}
