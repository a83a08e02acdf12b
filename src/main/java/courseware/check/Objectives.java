package courseware.check;

import courseware.diag.Suggest;
import courseware.engine.objective.Dual;
import courseware.engine.objective.MathFunction;
import courseware.engine.objective.Objective;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Objectives in the lesson language: {@code "sin(x) + b*x"} is parsed by the one expression parser
 * and compiled to dual-number arithmetic, so its gradient is exact and its functions are the same
 * {@link MathFunction}s a computation calls. x and y are the variables; every other name is one of
 * the lesson's numbers, read as its exact double. Errors carry offsets into the objective's text.
 */
final class Objectives {
    private static final List<String> FUNCTIONS = Arrays.stream(MathFunction.values()).map(MathFunction::symbol).toList();

    private Objectives() {}

    /** Compiles {@code text}; an {@link ExprException} offset is an offset into {@code text}. */
    static Objective compile(String text, Map<String, Value> names) throws ExprException {
        Expr expr = ExprParser.parse(text);
        int[] dimension = {0};
        Objective.Body body = compile(expr, names, dimension);
        return Objective.of(text.strip(), dimension[0], nodes(expr), body);
    }

    private static Objective.Body compile(Expr e, Map<String, Value> names, int[] dimension) throws ExprException {
        if (e instanceof Expr.Literal l && l.value() instanceof Value.Num n) {
            Dual c = Dual.constant(n.value());
            return (x, y) -> c;
        }
        if (e instanceof Expr.Name n) return name(n, names, dimension);
        if (e instanceof Expr.Unary u) {
            Objective.Body operand = compile(u.operand(), names, dimension);
            return (x, y) -> operand.at(x, y).negate();
        }
        if (e instanceof Expr.Binary b) {
            Objective.Body l = compile(b.left(), names, dimension);
            Objective.Body r = compile(b.right(), names, dimension);
            return switch (b.op()) {
                case "+" -> (x, y) -> l.at(x, y).plus(r.at(x, y));
                case "-" -> (x, y) -> l.at(x, y).minus(r.at(x, y));
                case "*" -> (x, y) -> l.at(x, y).times(r.at(x, y));
                case "/" -> (x, y) -> l.at(x, y).dividedBy(r.at(x, y));
                case "^" -> (x, y) -> l.at(x, y).pow(r.at(x, y));
                default -> throw new ExprException("an objective is a number: '" + b.op() + "' does not belong in one", b.at());
            };
        }
        if (e instanceof Expr.Call c) {
            MathFunction f = Arrays.stream(MathFunction.values()).filter(m -> m.symbol().equals(c.function())).findFirst()
                    .orElseThrow(() -> new ExprException("an objective may call " + String.join(", ", FUNCTIONS)
                            + ", not '" + c.function() + "'" + Suggest.hint(c.function(), FUNCTIONS), c.at()));
            if (c.args().size() != 1 || c.args().get(0).name() != null) {
                throw new ExprException(c.function() + " takes one argument", c.at());
            }
            Objective.Body arg = compile(c.args().get(0).value(), names, dimension);
            return (x, y) -> f.apply(arg.at(x, y));
        }
        throw new ExprException("an objective is built from numbers, x, y, the lesson's numbers, + - * / ^ and "
                + String.join(", ", FUNCTIONS), e.at());
    }

    private static int nodes(Expr e) {
        if (e instanceof Expr.Unary u) return 1 + nodes(u.operand());
        if (e instanceof Expr.Binary b) return 1 + nodes(b.left()) + nodes(b.right());
        if (e instanceof Expr.Call c) return 1 + c.args().stream().mapToInt(a -> nodes(a.value())).sum();
        return 1;
    }

    private static Objective.Body name(Expr.Name n, Map<String, Value> names, int[] dimension) throws ExprException {
        switch (n.name()) {
            case "x" -> {
                dimension[0] = Math.max(dimension[0], 1);
                return (x, y) -> x;
            }
            case "y" -> {
                dimension[0] = 2;
                return (x, y) -> y;
            }
            default -> { }
        }
        Value v = names.get(n.name());
        double c;
        if (v instanceof Value.Num num) c = num.value();
        else if (v == null && n.name().equals("pi")) c = StrictMath.PI;
        else if (v == null && n.name().equals("e")) c = StrictMath.E;
        else if (v != null) throw new ExprException("'" + n.name() + "' is " + v.kind() + "; an objective uses numbers", n.at());
        else throw new ExprException("unknown name '" + n.name() + "' in an objective" + Suggest.hint(n.name(), names.keySet())
                    + ": its variables are x and y, and other names must be numbers declared in a compute block", n.at());
        Dual constant = Dual.constant(c);
        return (x, y) -> constant;
    }
}
