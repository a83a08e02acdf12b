package courseware.check;

import courseware.diag.Diagnostic;
import courseware.diag.Diagnostics;
import courseware.diag.Pos;
import courseware.diag.Severity;
import courseware.model.Binding;
import courseware.model.Embed;
import courseware.model.Figure;
import courseware.model.Item;
import courseware.model.Markup;
import courseware.model.MathSpan;
import courseware.model.ValueRef;
import courseware.model.Variation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each item of a lesson after its names are checked: a question's misconceptions and computed options against its
 * answer, and a varying item's variants drawn and checked, every one like the author's values. A variant's problem
 * is reported at the item's declaration of what varies, naming the variant's values and the place it comes from.
 */
final class ItemCheck {
    /** Draws per variant asked for before giving up on conditions that too few draws meet. */
    private static final int DRAWS_PER_VARIANT = 20;
    /** A name in the expression language. */
    static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final CheckStage.LessonCheck lesson;
    private final String courseSeed;
    private final String lessonId;
    private final Diagnostics diagnostics;

    ItemCheck(CheckStage.LessonCheck lesson, String courseSeed, String lessonId) {
        this.courseSeed = courseSeed;
        this.lesson = lesson;
        this.lessonId = lessonId;
        this.diagnostics = lesson.base().diagnostics();
    }

    void run(Map<ValueRef, Checked> results, Map<Variation, List<Variant>> variants) {
        for (Item item : lesson.file.items()) {
            collisions(item, ref -> Optional.ofNullable(results.get(ref)), diagnostics, null);
            if (item.variation().varying()) {
                List<Variant> checked = variants(item);
                if (!checked.isEmpty()) variants.put(item.variation(), checked);
            }
        }
    }

    /** One draw: a checked variant, or why its values were set aside (a condition), or a failure already reported. */
    private sealed interface Attempt {
        record Passed(Variant variant) implements Attempt {}
        record Rejected(String reason) implements Attempt {}
        record Failed() implements Attempt {}
    }

    private List<Variant> variants(Item item) {
        Variation variation = item.variation();
        for (Variation.Vary vary : variation.varies()) {
            Binding b = lesson.bindings.get(vary.name());
            if (b == null || !b.given()) {
                diagnostics.error(vary.pos(), "'" + vary.name() + "' is not a given of this lesson; only a given "
                        + "('given " + vary.name() + " = ...' in a compute block) can vary");
                return List.of();
            }
            if (lesson.failed.contains(vary.name())) return List.of();
            if (!(lesson.values.get(vary.name()) instanceof Value.Num)) {
                diagnostics.error(vary.pos(), "'" + vary.name() + "' is " + lesson.values.get(vary.name()).kind() + "; only a number can vary");
                return List.of();
            }
        }
        VariantDraws draws = new VariantDraws(courseSeed, lessonId, item.anchor(), variation);
        Set<List<String>> seen = new HashSet<>();
        seen.add(variation.varies().stream().map(v -> lesson.bindings.get(v.name()).expression().strip()).toList());
        List<Variant> out = new ArrayList<>();
        int rejected = 0;
        String firstRejected = null;
        for (int draw = 0; out.size() < variation.count() - 1 && draw < DRAWS_PER_VARIANT * variation.count(); draw++) {
            List<String> values = draws.next();
            if (!seen.add(values)) continue;
            List<Variant.Drawn> drawn = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) drawn.add(new Variant.Drawn(variation.varies().get(i).name(), values.get(i)));
            switch (attempt(item, out.size() + 1, drawn)) {
                case Attempt.Passed p -> out.add(p.variant());
                case Attempt.Rejected r -> {
                    rejected++;
                    if (firstRejected == null) firstRejected = Variant.describe(drawn) + " " + r.reason();
                }
                case Attempt.Failed f -> { return List.of(); }
            }
        }
        if (out.size() < variation.count() - 1) {
            long different = draws.combinations();
            diagnostics.error(variation.pos(), "only " + (out.size() + 1) + " of the " + variation.count() + " variants asked for could be made"
                    + (rejected > 0 ? ": " + rejected + " draws broke a condition (" + firstRejected + ")" : "")
                    + (different < variation.count() ? "; the values listed make only " + different + " different variants" : "")
                    + "; widen the values, loosen the condition or ask for fewer variants");
            return List.of();
        }
        return WrittenOut.report(item, lesson.file.bindings(), lesson.values, diagnostics) ? List.of() : out;
    }

    private Attempt attempt(Item item, int index, List<Variant.Drawn> drawn) {
        Variation variation = item.variation();
        Diagnostics own = new Diagnostics();
        Map<String, Value> values = new LinkedHashMap<>(lesson.values);
        Map<String, String> givens = new HashMap<>(lesson.base().givens());
        Set<String> changed = new HashSet<>();
        try {
            for (Variant.Drawn d : drawn) {
                Binding b = lesson.bindings.get(d.name());
                values.put(d.name(), evaluate(d.value(), b.expressionPos(), values));
                givens.put(d.name(), d.value());
                changed.add(d.name());
            }
            // Only what depends on a drawn value is computed again; a name inside an objective's quotes counts.
            for (Binding b : lesson.file.bindings()) {
                if (b.given() || lesson.bindings.get(b.name()) != b || lesson.failed.contains(b.name()) || !mentions(b.expression(), changed)) continue;
                values.put(b.name(), evaluate(b.expression(), b.expressionPos(), values));
                changed.add(b.name());
            }
            for (Variation.Require require : variation.requires()) {
                Value holds = evaluate(require.expression(), require.pos(), values);
                if (!(holds instanceof Value.Bool truth)) {
                    diagnostics.error(require.pos(), "a condition is true or false, and 'require " + require.expression().strip() + "' is " + holds.kind()
                            + "; compare with <, <=, >, >= or ==");
                    return new Attempt.Failed();
                }
                if (!truth.value()) return new Attempt.Rejected("breaks 'require " + require.expression().strip() + "'");
            }
        } catch (At e) {
            own.error(e.pos, e.getMessage());
        }
        Map<ValueRef, Checked> byRef = new LinkedHashMap<>();
        Map<Figure, FigureData> figures = new LinkedHashMap<>();
        if (!own.hasErrors()) {
            CheckStage.Env env = new CheckStage.Env(values, givens, own, true);
            item.refs().distinct().forEach(ref -> lesson.check(ref, env).ifPresent(c -> byRef.put(ref, c)));
            FigureEvaluator drawnFigures = lesson.figures(values, own);
            item.markups().stream().flatMap(m -> m.figures().stream()).forEach(f -> drawnFigures.evaluate(f).ifPresent(d -> figures.put(f, d)));
            collisions(item, ref -> Optional.ofNullable(byRef.get(ref)), own, variation.pos());
        }
        String named = "variant " + index + " (" + Variant.describe(drawn) + ")";
        for (Diagnostic d : own.sorted()) {
            String message = named + ": " + d.message() + (d.pos().equals(variation.pos()) ? "" : " (at line " + d.pos().line() + ":" + d.pos().col() + ")");
            if (d.severity() == Severity.ERROR) diagnostics.error(variation.pos(), message);
            else diagnostics.warning(variation.pos(), message);
        }
        return own.hasErrors() ? new Attempt.Failed() : new Attempt.Passed(new Variant(index, drawn, byRef, figures));
    }

    /** A problem in one variant, where it arose: reported through the variant's own diagnostics. */
    private static final class At extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Pos pos;

        At(Pos pos, String message) {
            super(message, null, false, false);
            this.pos = pos;
        }
    }

    private Value evaluate(String expression, Pos at, Map<String, Value> values) {
        try {
            return lesson.evaluator(values, at).eval(ExprParser.parse(expression));
        } catch (ExprException e) {
            throw new At(CheckStage.shift(at, e.offset()), e.getMessage());
        }
    }

    /** Whether the expression names one of {@code names}. */
    static boolean mentions(String expression, Set<String> names) {
        Matcher m = NAME.matcher(expression);
        while (m.find()) if (names.contains(m.group())) return true;
        return false;
    }

    /**
     * A question's misconceptions must each land apart from its answer and from one another, and its options must read
     * differently, in the author's values ({@code variationPos} null: reported where each is written) and in every
     * variant.
     */
    private static void collisions(Item item, Function<ValueRef, Optional<Checked>> outcome, Diagnostics problems, Pos variationPos) {
        if (item.answer() != null && item.answer().isAnswer() && !item.misconceptions().isEmpty()) {
            Optional<Checked> answer = outcome.apply(item.answer());
            Optional<Tolerance> right = answer.flatMap(a -> LearnerAnswer.interval(Optional.of(a), item.answer().stated()));
            if (right.isPresent()) {
                var shown = Misconceptions.answerAsShown(item.answer(), answer.get());
                List<Tolerance> seen = new ArrayList<>();
                List<ValueRef> seenRefs = new ArrayList<>();
                for (ValueRef m : item.misconceptions()) {
                    Optional<Checked> wrong = outcome.apply(m);
                    if (wrong.isEmpty()) continue;
                    Pos at = variationPos != null ? variationPos : m.pos();
                    Optional<Tolerance> interval = Misconceptions.interval(shown, wrong.get().value());
                    if (interval.isEmpty()) {
                        problems.error(at, "misconception {{ " + m.expression().strip() + " }} gives " + wrong.get().engineValue()
                                + ", which is not one finite number a learner could type");
                        continue;
                    }
                    if (Misconceptions.overlap(interval.get(), right.get())) {
                        problems.error(at, "misconception {{ " + m.expression().strip() + " }} gives " + wrong.get().engineValue()
                                + ", accepted " + interval.get() + ", which meets the answer " + answer.get().display() + " (" + answer.get().engineValue()
                                + ", accepted " + right.get() + "): a learner there would be told both right and wrong");
                    }
                    for (int i = 0; i < seen.size(); i++) {
                        if (Misconceptions.overlap(interval.get(), seen.get(i))) {
                            problems.error(at, "misconceptions {{ " + seenRefs.get(i).expression().strip() + " }} and {{ " + m.expression().strip()
                                    + " }} land together (" + outcome.apply(seenRefs.get(i)).get().engineValue() + " and " + wrong.get().engineValue()
                                    + "): one answer would earn two feedbacks; merge them or drop one");
                        }
                    }
                    seen.add(interval.get());
                    seenRefs.add(m);
                }
            }
        }
        Map<String, Integer> read = new HashMap<>();
        for (int i = 0; i < item.options().size(); i++) {
            Markup option = item.options().get(i);
            if (option.allRefs().findAny().isEmpty()) continue; // written text alike is the parser's lint
            String text = text(option, outcome);
            Integer same = read.putIfAbsent(normalized(text), i);
            if (same != null) {
                problems.error(variationPos != null ? variationPos : option.pos(), "options " + (char) ('A' + same) + " and " + (char) ('A' + i)
                        + " both read '" + text + "' at the precision they are written, so a learner cannot tell them apart");
            }
        }
    }

    /** An option's text as the learner reads it: its values and math with their values written in, markup dropped. */
    private static String text(Markup markup, Function<ValueRef, Optional<Checked>> outcome) {
        Matcher m = Markup.PLACEHOLDER.matcher(markup.html());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Embed embed = markup.embeds().get(Integer.parseInt(m.group(1)));
            m.appendReplacement(out, "");
            if (embed instanceof ValueRef ref) out.append(outcome.apply(ref).map(Checked::display).orElse(ref.expression()));
            else if (embed instanceof MathSpan span) out.append(tex(span, outcome));
        }
        m.appendTail(out);
        return out.toString().replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip();
    }

    private static String tex(MathSpan span, Function<ValueRef, Optional<Checked>> outcome) {
        StringBuilder tex = new StringBuilder();
        int last = 0;
        for (MathSpan.Ref ref : span.refs()) {
            tex.append(span.tex(), last, ref.start()).append(outcome.apply(ref.ref()).map(Checked::display).orElse("?"));
            last = ref.end();
        }
        return tex.append(span.tex().substring(last)).toString();
    }

    private static String normalized(String text) {
        return text.replace("$", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
