package courseware.parse;

import courseware.diag.Diagnostics;
import courseware.model.ValueRef;
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
            return Optional.of(new ValueRef(expression, positions.at(exprStart), null,
                    format < 0 ? null : inner.substring(format + 1).strip()));
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
        String tolerance = semicolon < 0 ? null : rest.substring(semicolon + 1).strip();
        return Optional.of(new ValueRef(expression, positions.at(exprStart),
                new ValueRef.Stated(stated, positions.at(statedStart), tolerance)));
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
