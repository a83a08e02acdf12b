package courseware.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for check expressions: numbers, "text", true/false, names, vectors
 * {@code (3, 4)} or {@code [3, 4]}, {@code + - * / ^}, comparisons, calls with positional or
 * {@code name=value} arguments, fields {@code r.norm} and indexes {@code v[0]}. {@code **} is read
 * as {@code ^}. One parser for the whole lesson language: objectives are parsed here too.
 */
final class ExprParser {
    /** Nesting deeper than this is refused, so no input can overflow the stack. */
    static final int MAX_DEPTH = 100;
    /**
     * Longest expression, in characters: a compute line's or a {{ }} value's, like the engine's
     * limit on an objective's text. Checked first, so a megabyte line costs nothing more.
     */
    static final int MAX_LENGTH = 10_000;

    private final String text;
    private int pos;
    private int depth;

    private ExprParser(String text) {
        this.text = text;
    }

    static Expr parse(String text) throws ExprException {
        if (text.length() > MAX_LENGTH) {
            throw new ExprException("this expression is " + text.length() + " characters long; an expression may have at most "
                    + MAX_LENGTH, 0);
        }
        ExprParser p = new ExprParser(text);
        Expr e = p.comparison();
        p.skipSpace();
        if (p.pos < text.length()) throw new ExprException("unexpected '" + text.charAt(p.pos) + "'", p.pos);
        return e;
    }

    private Expr comparison() throws ExprException {
        if (++depth > MAX_DEPTH) throw new ExprException("expression nested more than " + MAX_DEPTH + " levels deep", pos);
        try {
            return comparisonAtDepth();
        } finally {
            depth--;
        }
    }

    private Expr comparisonAtDepth() throws ExprException {
        Expr left = additive();
        skipSpace();
        for (String op : List.of("==", "!=", "<=", ">=", "<", ">")) {
            if (text.startsWith(op, pos)) {
                int at = pos;
                pos += op.length();
                return new Expr.Binary(op, left, additive(), at);
            }
        }
        return left;
    }

    private Expr additive() throws ExprException {
        Expr left = multiplicative();
        while (true) {
            skipSpace();
            if (peek('+') || peek('-')) {
                int at = pos;
                String op = String.valueOf(text.charAt(pos++));
                left = new Expr.Binary(op, left, multiplicative(), at);
            } else {
                return left;
            }
        }
    }

    private Expr multiplicative() throws ExprException {
        Expr left = unary();
        while (true) {
            skipSpace();
            if (peek('*') || peek('/')) {
                int at = pos;
                String op = String.valueOf(text.charAt(pos++));
                left = new Expr.Binary(op, left, unary(), at);
            } else {
                return left;
            }
        }
    }

    private Expr unary() throws ExprException {
        skipSpace();
        int minus = 0;
        int at = pos;
        while (peek('-')) {
            pos++;
            minus++;
            skipSpace();
            if (minus > MAX_DEPTH) throw new ExprException("too many '-' in a row", at);
        }
        Expr e = power();
        for (int i = 0; i < minus; i++) e = new Expr.Unary('-', e, at);
        return e;
    }

    private Expr power() throws ExprException {
        Expr base = postfix();
        skipSpace();
        if (peek('^') || text.startsWith("**", pos)) {
            int at = pos;
            pos += peek('^') ? 1 : 2;
            if (++depth > MAX_DEPTH) throw new ExprException("expression nested more than " + MAX_DEPTH + " levels deep", at);
            try {
                return new Expr.Binary("^", base, unary(), at);
            } finally {
                depth--;
            }
        }
        return base;
    }

    private Expr postfix() throws ExprException {
        Expr e = primary();
        while (true) {
            skipSpace();
            if (peek('.')) {
                int at = pos++;
                e = new Expr.Field(e, identifier("a field name after '.'"), at);
            } else if (peek('[')) {
                int at = pos++;
                Expr index = comparison();
                expect(']');
                e = new Expr.Index(e, index, at);
            } else {
                return e;
            }
        }
    }

    private Expr primary() throws ExprException {
        skipSpace();
        if (pos >= text.length()) throw new ExprException("expression ends too early", pos);
        char c = text.charAt(pos);
        int at = pos;
        if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
            return new Expr.Literal(new Value.Num(number()), at);
        }
        if (c == '"') {
            int end = text.indexOf('"', pos + 1);
            if (end < 0) throw new ExprException("text is not closed with '\"'", at);
            pos = end + 1;
            return new Expr.Literal(new Value.Str(text.substring(at + 1, end)), at);
        }
        if (c == '(' || c == '[') {
            pos++;
            List<Expr> items = new ArrayList<>();
            char close = c == '(' ? ')' : ']';
            skipSpace();
            if (!peek(close)) {
                do {
                    items.add(comparison());
                    skipSpace();
                } while (consume(','));
            }
            expect(close);
            if (c == '(' && items.size() == 1) return items.get(0);
            return new Expr.VecOf(items, at);
        }
        if (Character.isLetter(c) || c == '_') {
            String name = identifier("a name");
            if (name.equals("true") || name.equals("false")) return new Expr.Literal(new Value.Bool(name.equals("true")), at);
            skipSpace();
            if (consume('(')) return new Expr.Call(name, arguments(), at);
            return new Expr.Name(name, at);
        }
        throw new ExprException("unexpected '" + c + "'", at);
    }

    private List<Expr.Arg> arguments() throws ExprException {
        List<Expr.Arg> args = new ArrayList<>();
        skipSpace();
        if (consume(')')) return args;
        do {
            skipSpace();
            int at = pos;
            String name = null;
            int save = pos;
            if (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_')) {
                String id = identifier("a name");
                skipSpace();
                if (peek('=') && !text.startsWith("==", pos)) {
                    pos++;
                    name = id;
                } else {
                    pos = save;
                }
            }
            args.add(new Expr.Arg(name, comparison(), at));
            skipSpace();
        } while (consume(','));
        expect(')');
        return args;
    }

    private double number() throws ExprException {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) pos++;
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int save = pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) pos++;
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) pos++;
            } else {
                pos = save;
            }
        }
        try {
            return Double.parseDouble(text.substring(start, pos));
        } catch (NumberFormatException e) {
            throw new ExprException("malformed number '" + text.substring(start, pos) + "'", start);
        }
    }

    private String identifier(String what) throws ExprException {
        skipSpace();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) pos++;
        if (start == pos) throw new ExprException("expected " + what, start);
        return text.substring(start, pos);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    private boolean peek(char c) { return pos < text.length() && text.charAt(pos) == c; }

    private boolean consume(char c) {
        skipSpace();
        if (peek(c)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) throws ExprException {
        if (!consume(c)) {
            throw new ExprException(pos < text.length() ? "expected '" + c + "' but found '" + text.charAt(pos) + "'"
                    : "expected '" + c + "' before the end", pos);
        }
    }
}
