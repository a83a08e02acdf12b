package courseware.parse;

import courseware.diag.Suggest;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import courseware.diag.Diagnostics;
import courseware.diag.Pos;
import courseware.diag.Source;
import courseware.model.Markup;
import courseware.model.Misconception;
import courseware.model.Variation;
import courseware.model.QuizQuestion;
import courseware.model.Stated;
import courseware.model.ValueRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads one {@code quiz} block (YAML) into a checked {@link QuizQuestion}. */
final class QuizReader {
    /** The YAML shape of a quiz block; {@link YamlText} keeps where each string starts. */
    record QuizBlock(YamlText kind, YamlText prompt, List<OptionBlock> options, YamlText answer, YamlText explanation,
            List<MisconceptionBlock> misconceptions, YamlText vary) {}

    /** A known wrong computation of a numeric answer: {@code value: "{{ expr }}"} and the feedback it earns. */
    record MisconceptionBlock(YamlText value, YamlText feedback) {}

    record OptionBlock(YamlText text, Boolean correct, YamlText feedback) {}

    private final Markdown markdown;
    private final Yaml yaml;

    QuizReader(Markdown markdown, Yaml yaml) {
        this.markdown = markdown;
        this.yaml = yaml;
    }

    /** {@code unchecked}: reports the numbers of the prompt, options, feedback and explanation that no check binds. */
    Optional<QuizQuestion> read(String text, Pos blockPos, Yaml.Origin origin, UncheckedNumbers unchecked, Diagnostics diagnostics) {
        List<Variation.Bare> small = new ArrayList<>();
        unchecked.collectSmall(small);
        try {
            return read(text, blockPos, origin, unchecked, small, diagnostics);
        } finally {
            unchecked.collectSmall(null);
        }
    }

    private Optional<QuizQuestion> read(String text, Pos blockPos, Yaml.Origin origin, UncheckedNumbers unchecked, List<Variation.Bare> small,
            Diagnostics diagnostics) {
        Optional<QuizBlock> parsed = yaml.read(text, QuizBlock.class, origin, diagnostics);
        if (parsed.isEmpty()) return Optional.empty();
        QuizBlock q = parsed.get();
        int before = (int) diagnostics.errorCount();
        if (q.kind() == null) {
            diagnostics.error(blockPos, "quiz question needs 'kind': single, multiple or numeric");
            return Optional.empty();
        }
        QuizQuestion.Kind kind;
        try {
            kind = QuizQuestion.Kind.valueOf(q.kind().value().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            diagnostics.error(origin.at(q.kind().line(), q.kind().col()), "unknown quiz kind '" + q.kind().value() + "'"
                    + Suggest.hint(q.kind().value(), List.of("single", "multiple", "numeric")) + "; use single, multiple or numeric");
            return Optional.empty();
        }
        if (q.prompt() == null || q.prompt().value().isBlank()) diagnostics.error(blockPos, "quiz question needs a 'prompt'");
        Markup prompt = block(q.prompt(), origin, unchecked, "a quiz prompt", diagnostics);
        Markup explanation = block(q.explanation(), origin, unchecked, "a quiz explanation", diagnostics);

        List<QuizQuestion.Option> options = new ArrayList<>();
        List<OptionBlock> given = q.options() == null ? List.of() : q.options();
        for (OptionBlock o : given) {
            if (o == null || o.text() == null) {
                diagnostics.error(blockPos, "every option needs 'text'");
                continue;
            }
            Pos at = origin.at(o.text().line(), o.text().col());
            if (o.feedback() == null || o.feedback().value().isBlank()) {
                diagnostics.error(at, "option needs 'feedback' that explains why it is right or wrong");
            }
            options.add(new QuizQuestion.Option(inline(o.text(), origin, unchecked, "a quiz option", diagnostics), Boolean.TRUE.equals(o.correct()),
                    block(o.feedback(), origin, unchecked, "an option's feedback", diagnostics)));
        }
        long correct = options.stream().filter(QuizQuestion.Option::correct).count();
        switch (kind) {
            case SINGLE, MULTIPLE -> {
                if (options.size() < 2) diagnostics.error(blockPos, kind.name().toLowerCase(Locale.ROOT) + " choice question needs at least two options");
                else if (kind == QuizQuestion.Kind.SINGLE && options.size() < 3) {
                    diagnostics.error(blockPos, "single choice question needs at least three options, so that guessing is not a coin toss; found " + options.size());
                }
                lint(given, origin, diagnostics);
                if (kind == QuizQuestion.Kind.SINGLE && correct != 1 && !given.isEmpty()) {
                    diagnostics.error(blockPos, "single choice question needs exactly one option with 'correct: true', found " + correct);
                }
                if (kind == QuizQuestion.Kind.MULTIPLE && correct == 0 && !given.isEmpty()) {
                    diagnostics.error(blockPos, "multiple choice question needs at least one option with 'correct: true'");
                }
                if (q.answer() != null) diagnostics.error(origin.at(q.answer().line(), q.answer().col()), "'answer' is for numeric questions; mark options 'correct: true' instead");
            }
            case NUMERIC -> {
                if (!given.isEmpty()) diagnostics.error(blockPos, "numeric question takes no 'options'");
                if (q.answer() == null || q.answer().value().isBlank()) diagnostics.error(blockPos, "numeric question needs an 'answer'");
                if (q.explanation() == null) diagnostics.error(blockPos, "numeric question needs an 'explanation' of how the answer is obtained");
            }
        }
        if (diagnostics.errorCount() > before) return Optional.empty();
        ValueRef answerRef = q.answer() == null ? null : answerRef(q.answer(), origin, diagnostics);
        Stated answer = q.answer() == null ? null
                : answerRef != null && answerRef.isAnswer() ? answerRef.stated()
                : ValueSyntax.plain(q.answer().value(), positions(q.answer(), origin).at(0));
        List<Misconception> misconceptions = misconceptions(q, kind, answerRef, blockPos, origin, unchecked, diagnostics);
        Variation variation = q.vary() == null ? Variation.NONE
                : VarySyntax.read(q.vary().value(), positions(q.vary(), origin), diagnostics).withBare(small);
        if (diagnostics.errorCount() > before) return Optional.empty();
        return Optional.of(new QuizQuestion(blockPos, kind, prompt, options, answer, answerRef, explanation, misconceptions, variation));
    }

    /** Each misconception's value, bound like a shown value, and its feedback; only for a numeric answer bound to a check. */
    private List<Misconception> misconceptions(QuizBlock q, QuizQuestion.Kind kind, ValueRef answerRef, Pos blockPos, Yaml.Origin origin,
            UncheckedNumbers unchecked, Diagnostics diagnostics) {
        if (q.misconceptions() == null || q.misconceptions().isEmpty()) return List.of();
        if (kind != QuizQuestion.Kind.NUMERIC || answerRef == null) {
            diagnostics.error(blockPos, "'misconceptions' are for a numeric question whose answer is checked (answer: \"{{ expr ~ value }}\"); "
                    + "a choice question says what each wrong option gets in its 'feedback'");
            return List.of();
        }
        List<Misconception> out = new ArrayList<>();
        for (MisconceptionBlock m : q.misconceptions()) {
            if (m == null || m.value() == null || m.feedback() == null || m.feedback().value().isBlank()) {
                diagnostics.error(blockPos, "every misconception needs a 'value' (\"{{ expr }}\") and the 'feedback' that explains the mistake");
                continue;
            }
            String text = m.value().value().strip();
            PosMap positions = positions(m.value(), origin);
            if (!text.startsWith("{{") || !text.endsWith("}}")) {
                diagnostics.error(positions.at(0), "a misconception's value is the wrong computation, written \"{{ expr }}\"; found '" + text + "'");
                continue;
            }
            int innerStart = m.value().value().indexOf("{{") + 2;
            ValueSyntax.parse(text.substring(2, text.length() - 2), k -> positions.at(innerStart + k), diagnostics).ifPresent(ref -> {
                if (ref.isAnswer()) {
                    diagnostics.error(ref.stated().pos(), "a misconception's value is computed, not stated: write {{ " + ref.expression().strip() + " }}");
                } else {
                    out.add(new Misconception(ref, block(m.feedback(), origin, unchecked, "a misconception's feedback", diagnostics)));
                }
            });
        }
        return out;
    }

    /**
     * Options a learner cannot tell apart, and feedback that does not tell them apart: no two
     * option texts alike and no two feedbacks alike, compared after {@link #normalized}.
     * Each message is at the second of the pair and names the first.
     */
    private static void lint(List<OptionBlock> given, Yaml.Origin origin, Diagnostics diagnostics) {
        java.util.Map<String, Integer> texts = new java.util.HashMap<>();
        java.util.Map<String, Integer> feedbacks = new java.util.HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            OptionBlock o = given.get(i);
            if (o == null || o.text() == null) continue;
            Integer same = texts.putIfAbsent(normalized(o.text().value()), i);
            if (same != null) {
                diagnostics.error(origin.at(o.text().line(), o.text().col()), "option " + letter(i) + " says the same as option "
                        + letter(same) + " (line " + origin.at(given.get(same).text().line(), given.get(same).text().col()).line() + "); every option must differ");
            }
            if (o.feedback() == null || o.feedback().value().isBlank()) continue;
            Integer echo = feedbacks.putIfAbsent(normalized(o.feedback().value()), i);
            if (echo != null) {
                diagnostics.error(origin.at(o.feedback().line(), o.feedback().col()), "the feedback of option " + letter(i)
                        + " repeats that of option " + letter(echo) + " (line " + origin.at(given.get(echo).feedback().line(), given.get(echo).feedback().col()).line()
                        + "); say why this option in particular is right or wrong");
            }
        }
    }

    private static char letter(int i) { return (char) ('A' + i); }

    /** Letter case, spacing and math delimiters do not make two texts different: {@code $x^2$} is {@code x ^ 2}. */
    static String normalized(String text) {
        return text.replace("$", "").replaceAll("\\\\[,;:! ]", "").replaceAll("\\\\(left|right)\\b", "")
                .replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** A numeric answer written as {@code "{{ expr ~ 0.0854 }}"} is checked like any stated answer. */
    private static ValueRef answerRef(YamlText answer, Yaml.Origin origin, Diagnostics diagnostics) {
        String text = answer.value().strip();
        if (!text.startsWith("{{") || !text.endsWith("}}")) return null;
        PosMap positions = positions(answer, origin);
        int innerStart = answer.value().indexOf("{{") + 2;
        ValueRef ref = ValueSyntax.parse(text.substring(2, text.length() - 2), k -> positions.at(innerStart + k), diagnostics)
                .orElse(null);
        if (ref != null && !ref.isAnswer()) {
            diagnostics.error(ref.pos(), "a quiz answer states its value: write {{ " + ref.expression() + " ~ <answer> }}");
            return null;
        }
        return ref;
    }

    /**
     * A quiz string rendered as blocks; its numbers that no check binds are reported (as in
     * {@code where}) from the same parse.
     */
    private Markup block(YamlText text, Yaml.Origin origin, UncheckedNumbers unchecked, String where, Diagnostics diagnostics) {
        if (text == null) return Markup.EMPTY;
        Document doc = markdown.parse(text.value());
        PosMap positions = positions(text, origin);
        InlineChecks.check(doc, positions, diagnostics);
        Markup markup = markdown.markup(Markdown.children(doc), positions, diagnostics);
        unchecked.scan(Markdown.children(doc), positions, where);
        return markup;
    }

    /**
     * Option text sits inside a label: one paragraph, rendered without its {@code <p>}. Its unchecked
     * numbers are reported from the same parse, whatever its shape.
     */
    private Markup inline(YamlText text, Yaml.Origin origin, UncheckedNumbers unchecked, String where, Diagnostics diagnostics) {
        Document doc = markdown.parse(text.value());
        PosMap positions = positions(text, origin);
        InlineChecks.check(doc, positions, diagnostics);
        Node first = doc.getFirstChild();
        Markup markup;
        if (first instanceof Paragraph p && p.getNext() == null) {
            markup = markdown.inlineMarkup(p, positions, diagnostics);
        } else {
            diagnostics.error(origin.at(text.line(), text.col()), "option text must be a single paragraph");
            markup = Markup.EMPTY;
        }
        unchecked.scan(Markdown.children(doc), positions, where);
        return markup;
    }

    /**
     * Offsets inside a YAML string back to the file: exact for literal block scalars ({@code |})
     * and for one-line plain or quoted scalars written without escapes; otherwise (folded,
     * multi-line, escaped) the scalar's first line, which is still the right place to look.
     */
    static PosMap positions(YamlText text, Yaml.Origin origin) {
        Pos start = origin.at(text.line(), text.col());
        Source source = origin.source();
        String line = source.line(start.line());
        int col0 = start.col() - 1;
        char first = col0 < line.length() ? line.charAt(col0) : ' ';
        String value = text.value();
        if (first == '|') {
            int contentLine = start.line() + 1;
            while (contentLine < source.lineCount() && source.line(contentLine).isBlank()) contentLine++;
            String content = source.line(contentLine);
            int indent = content.length() - content.stripLeading().length();
            int firstLine = contentLine;
            return offset -> {
                int o = Math.min(offset, value.length());
                int rel = (int) value.substring(0, o).chars().filter(c -> c == '\n').count();
                int col = o - (value.lastIndexOf('\n', o - 1) + 1);
                return source.pos(firstLine + rel, indent + col + 1);
            };
        }
        if (first == '>') {
            Pos contentStart = source.pos(start.line() + 1, 1);
            String content = source.line(contentStart.line());
            return offset -> source.pos(contentStart.line(), content.length() - content.stripLeading().length() + 1);
        }
        int shift = first == '"' || first == '\'' ? 1 : 0;
        boolean verbatim = line.startsWith(value, col0 + shift)
                && (shift == 0 || line.startsWith(String.valueOf(first), col0 + shift + value.length()));
        if (!verbatim) return offset -> start;
        return offset -> source.pos(start.line(), start.col() + shift + offset);
    }

}
