package courseware.check;

import courseware.diag.Diagnostics;
import courseware.diag.Pos;
import courseware.model.Binding;
import courseware.model.Figure;
import courseware.model.LessonFile;
import courseware.model.NumberText;
import courseware.model.Stated;
import courseware.model.ValueRef;
import courseware.model.Variation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The check stage: evaluates each lesson's compute blocks in order, then every {@code {{ }}} and
 * every figure's data, and reports each stated answer the engine disagrees with at the place it is
 * written.
 */
public final class CheckStage {
    private final Map<String, Fn> functions;
    private final WorkBudget budget;

    public CheckStage() {
        this(Functions.all(), new WorkBudget());
    }

    CheckStage(Map<String, Fn> functions, WorkBudget budget) {
        this.functions = functions;
        this.budget = budget;
    }

    /**
     * One lesson: its names are its own, so its results depend on nothing else. A bug while
     * checking it is reported at the file (keeping what was checked) and never hides other lessons.
     */
    public CheckResults check(LessonFile file, Diagnostics diagnostics) {
        String name = file.source().path().getFileName().toString();
        return check(file, name.endsWith(".md") ? name.substring(0, name.length() - 3) : name, diagnostics);
    }

    /** The same, {@code lessonId} seeding the lesson's variants (with each item's anchor). */
    public CheckResults check(LessonFile file, String lessonId, Diagnostics diagnostics) {
        return check(file, "", lessonId, diagnostics);
    }

    /** The same, the variants drawn by the course's seed too ({@code CourseConfig.seed}, "" for none). */
    public CheckResults check(LessonFile file, String courseSeed, String lessonId, Diagnostics diagnostics) {
        Map<ValueRef, Checked> results = new LinkedHashMap<>();
        Map<Figure, FigureData> figures = new LinkedHashMap<>();
        Map<Variation, List<Variant>> variants = new LinkedHashMap<>();
        try {
            LessonCheck check = new LessonCheck(file, diagnostics);
            check.run(results, figures);
            new ItemCheck(check, courseSeed, lessonId).run(results, variants);
        } catch (RuntimeException e) {
            diagnostics.internalError(file.source().pos(1, 1), "checking this lesson", e);
        }
        return new CheckResults(results, figures, variants);
    }

    /**
     * The names a variant checks its item over: every value, each given's text as the page shows it, where its
     * problems go, and whether stated answers are written again from the value (every variant but the author's).
     */
    record Env(Map<String, Value> values, Map<String, String> givens, Diagnostics diagnostics, boolean restate) {
        Env(Map<String, Value> values, Map<String, String> givens, Diagnostics diagnostics) {
            this(values, givens, diagnostics, false);
        }
    }

    /** The engine work charged so far, per lesson and in all. */
    WorkBudget budget() {
        return budget;
    }

    /** One lesson's namespace: givens and computations by name, in declaration order. */
    final class LessonCheck {
        final LessonFile file;
        private final Diagnostics diagnostics;
        final Map<String, Value> values = new LinkedHashMap<>();
        final Map<String, Binding> bindings = new HashMap<>();
        final Set<String> failed = new java.util.HashSet<>();
        private final WorkBudget.Lesson work;

        LessonCheck(LessonFile file, Diagnostics diagnostics) {
            this.file = file;
            this.diagnostics = diagnostics;
            this.work = budget.lesson(file.source().displayPath());
        }

        /** An evaluator for the expression written at {@code start}: its calls are charged at their own columns. */
        private Evaluator evaluator(Pos start) {
            return evaluator(values, start);
        }

        Evaluator evaluator(Map<String, Value> names, Pos start) {
            return new Evaluator(functions, names, failed, (function, units, offset) -> {
                try {
                    work.charge(function, shift(start, offset), units);
                } catch (WorkBudget.Exceeded e) {
                    throw new ExprException(e.getMessage(), offset);
                }
            });
        }

        /** What the figures of one variant draw: the same evaluator over that variant's names. */
        FigureEvaluator figures(Map<String, Value> names, Diagnostics problems) {
            return new FigureEvaluator(functions, names, failed, problems, this::evaluator);
        }

        void run(Map<ValueRef, Checked> results, Map<Figure, FigureData> figures) {
            for (Binding b : file.bindings()) bind(b);
            file.refs().forEach(ref -> check(ref).ifPresent(c -> results.put(ref, c)));
            // Figures draw from the same names with the same evaluator: the numbers drawn are the numbers checked.
            FigureEvaluator drawn = new FigureEvaluator(functions, values, failed, diagnostics, this::evaluator);
            file.markups().stream().flatMap(m -> m.figures().stream())
                    .forEach(f -> drawn.evaluate(f).ifPresent(data -> figures.put(f, data)));
        }

        private void bind(Binding b) {
            if (bindings.containsKey(b.name())) {
                diagnostics.error(b.pos(), "'" + b.name() + "' is already declared at line " + bindings.get(b.name()).pos().line()
                        + "; names are shared by the whole lesson");
                return;
            }
            if (functions.containsKey(b.name()) || b.name().equals("pi") || b.name().equals("e") || b.name().equals("inf")) {
                diagnostics.error(b.pos(), "'" + b.name() + "' is the name of a function or constant; choose another name");
                return;
            }
            try {
                Expr expr = ExprParser.parse(b.expression());
                if (b.given() && !isLiteral(expr)) {
                    throw new ExprException("a given is a plain value (number, inf or -inf, vector, \"text\", true/false); "
                            + "compute derived values without 'given'", 0);
                }
                values.put(b.name(), evaluator(b.expressionPos()).eval(expr));
                bindings.put(b.name(), b);
            } catch (ExprException e) {
                if (!e.consequential()) diagnostics.error(shift(b.expressionPos(), e.offset()), e.getMessage());
                bindings.put(b.name(), b);
                failed.add(b.name());
            }
        }

        /** The author's values: every name as declared, each given shown as written. */
        Env base() {
            Map<String, String> givens = new HashMap<>();
            bindings.values().stream().filter(Binding::given).forEach(b -> givens.put(b.name(), b.expression()));
            return new Env(values, givens, diagnostics);
        }

        private java.util.Optional<Checked> check(ValueRef ref) {
            return check(ref, base());
        }

        java.util.Optional<Checked> check(ValueRef written, Env env) {
            Diagnostics diagnostics = env.diagnostics();
            ValueRef ref = written;
            if (ref.expression().isBlank()) return java.util.Optional.empty(); // malformed, reported by the parser
            Expr expr;
            Value value;
            try {
                expr = ExprParser.parse(ref.expression());
                value = evaluator(env.values(), ref.pos()).eval(expr);
            } catch (ExprException e) {
                if (!e.consequential()) diagnostics.error(shift(ref.pos(), e.offset()), e.getMessage());
                return java.util.Optional.empty();
            }
            String computation = describe(ref.expression(), expr, env);
            if (!ref.isAnswer()) return shown(ref, expr, value, computation, env);
            if (env.restate()) {
                java.util.Optional<Stated> restated = VariantStatement.of(ref.stated(), value);
                if (restated.isEmpty()) {
                    diagnostics.error(ref.stated().pos(), "the engine gives " + value.show() + " (" + computation + "), which '"
                            + ref.stated().text() + "' cannot be written again at its precision");
                    return java.util.Optional.empty();
                }
                ref = new ValueRef(ref.expression(), ref.pos(), restated.get(), ref.format());
            }
            Stated stated = ref.stated();
            StatedComparison.Outcome outcome = StatedComparison.compare(stated, value);
            if (outcome.problem() != null) {
                diagnostics.error(stated.pos(), outcome.problem());
                return java.util.Optional.empty();
            }
            if (!outcome.passed()) {
                diagnostics.error(stated.pos(), "stated " + stated.text() + " but the engine gives " + value.show()
                        + " (" + computation + "); accepted " + outcome.acceptance().describe());
            } else {
                PrecisionLint.problem(stated, value, outcome.acceptance())
                        .ifPresent(problem -> diagnostics.warning(stated.pos(), problem));
            }
            return java.util.Optional.of(new Checked(stated.pos(), ref.expression(), stated.text(), true,
                    value, outcome.acceptance(), computation, outcome.passed()));
        }

        /** A value shown without a statement: givens as written, computed numbers at 12 significant digits. */
        private java.util.Optional<Checked> shown(ValueRef ref, Expr expr, Value value, String computation, Env env) {
            Diagnostics diagnostics = env.diagnostics();
            String display;
            if (!(ref.format() instanceof courseware.model.ShownSpec.Default)) {
                try {
                    courseware.model.ShownSpec format = ref.format();
                    if (value instanceof Value.Num num) display = NumberText.shown(num.value(), format);
                    else if (value instanceof Value.Vec vec) display = NumberText.vector(vec.values(), d -> NumberText.shown(d, format));
                    else throw new IllegalArgumentException("format '" + format.written() + "' is for numbers and vectors, and this is " + value.kind());
                } catch (IllegalArgumentException e) {
                    diagnostics.error(ref.pos(), e.getMessage());
                    return java.util.Optional.empty();
                }
            } else if (expr instanceof Expr.Name n && env.givens().containsKey(n.name())) {
                display = env.givens().get(n.name()).replaceAll("^\"|\"$", "");
            } else if (value instanceof Value.Num num && Double.isFinite(num.value())) {
                display = NumberText.shown(num.value()); // as a person writes it: 3.4, not 3.4000000000000004
            } else if (value instanceof Value.Vec vec && java.util.Arrays.stream(vec.values()).allMatch(Double::isFinite)) {
                display = NumberText.vector(vec.values(), NumberText::shown);
            } else if (value instanceof Value.Str || value instanceof Value.Bool) {
                display = value.show();
            } else if (value instanceof Value.Sched) {
                diagnostics.error(ref.pos(), "'" + ref.expression() + "' is the schedule " + value.show()
                        + ", not a number; give it a step (step=...) or write lr_at(" + ref.expression().strip() + ", step)");
                return java.util.Optional.empty();
            } else if (value instanceof Value.Num || value instanceof Value.Vec) { // not finite: no numeral states it
                diagnostics.error(ref.pos(), "'" + ref.expression() + "' is " + value.show()
                        + ", not a finite number, so no page can show it as one; show the given it comes from by its name, or a finite result");
                return java.util.Optional.empty();
            } else {
                diagnostics.error(ref.pos(), "'" + ref.expression() + "' is " + value.show()
                        + "; state how the learner should read it, e.g. {{ " + ref.expression() + " ~ " + value.show() + " }}");
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Checked(ref.pos(), ref.expression(), display, false, value, new Acceptance.Shown(), computation, true));
        }

        /**
         * The computation in words: a computed name is replaced by its expression (one level), and
         * the plain values it uses are listed: "cosine_decay(eta0, K, k) with K=1000, eta0=0.1, k=750".
         */
        private String describe(String text, Expr expr, Env env) {
            String shown = text.strip();
            Expr root = expr;
            while (root instanceof Expr.Field || root instanceof Expr.Index) {
                root = root instanceof Expr.Field f ? f.target() : ((Expr.Index) root).target();
            }
            if (root instanceof Expr.Name n && bindings.containsKey(n.name()) && !bindings.get(n.name()).given()
                    && shown.startsWith(n.name())) {
                String definition = bindings.get(n.name()).expression().strip();
                boolean atomic = definition.matches("[A-Za-z_][A-Za-z0-9_]*(\\(.*\\))?") && balancedCall(definition);
                if (!atomic && shown.length() > n.name().length()) definition = "(" + definition + ")";
                shown = definition + shown.substring(n.name().length());
                try {
                    expr = ExprParser.parse(shown);
                } catch (ExprException e) {
                    return shown;
                }
            }
            Set<String> names = new TreeSet<>();
            collectNames(expr, names);
            List<String> inputs = new ArrayList<>();
            for (String name : names) {
                Value v = env.values().get(name);
                if (v != null && !(v instanceof Value.Rec)) inputs.add(name + "=" + v.show());
            }
            return inputs.isEmpty() ? shown : shown + " with " + String.join(", ", inputs);
        }
    }

    /** "f(a)(b)" is not one call: only a name, or one call spanning the whole text, is atomic. */
    private static boolean balancedCall(String text) {
        int open = text.indexOf('(');
        if (open < 0) return true;
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '(') depth++;
            else if (text.charAt(i) == ')' && --depth == 0) return i == text.length() - 1;
        }
        return false;
    }

    private static void collectNames(Expr e, Set<String> out) {
        if (e instanceof Expr.Name n) out.add(n.name());
        else if (e instanceof Expr.VecOf v) v.items().forEach(i -> collectNames(i, out));
        else if (e instanceof Expr.Unary u) collectNames(u.operand(), out);
        else if (e instanceof Expr.Binary b) { collectNames(b.left(), out); collectNames(b.right(), out); }
        else if (e instanceof Expr.Field f) collectNames(f.target(), out);
        else if (e instanceof Expr.Index i) { collectNames(i.target(), out); collectNames(i.index(), out); }
        else if (e instanceof Expr.Call c) c.args().forEach(a -> collectNames(a.value(), out));
    }

    private static boolean isLiteral(Expr e) {
        if (e instanceof Expr.Literal || Evaluator.isInfinity(e)) return true;
        if (e instanceof Expr.Unary u) return u.operand() instanceof Expr.Literal l && l.value() instanceof Value.Num;
        if (e instanceof Expr.VecOf v) return v.items().stream().allMatch(CheckStage::isLiteral);
        return false;
    }

    /** Expressions sit on one line: an offset inside one is a column shift. */
    static Pos shift(Pos start, int offset) {
        return start.source().pos(start.line(), start.col() + Math.max(0, offset));
    }
}
