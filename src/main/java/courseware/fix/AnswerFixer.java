package courseware.fix;

import courseware.check.CheckResults;
import courseware.check.Checked;
import courseware.check.Restatement;
import courseware.check.Value;
import courseware.diag.Pos;
import courseware.diag.Source;
import courseware.model.ValueRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans {@code check --fix}: each stated number the engine disagrees with is rewritten at the
 * precision the author wrote, touching only that number. What cannot be fixed that way (a vector,
 * text, a number whose place in the file is not exact) is listed with the reason.
 */
public final class AnswerFixer {
    /** One number to rewrite: {@code offset} is where {@code stated} starts in the file's text. */
    public record Edit(Source source, Pos pos, int offset, String stated, String replacement) {}

    /** What could not be fixed, and why. */
    public record Unfixable(Pos pos, String reason) {}

    /** The planned edits, by file in path order, and what is left to the author. */
    public record Plan(Map<Source, List<Edit>> edits, List<Unfixable> unfixable) {
        public boolean isEmpty() { return edits.isEmpty() && unfixable.isEmpty(); }

        public int count() { return edits.values().stream().mapToInt(List::size).sum(); }
    }

    private AnswerFixer() {}

    public static Plan plan(CheckResults checks) {
        Map<Source, List<Edit>> edits = new LinkedHashMap<>();
        List<Unfixable> unfixable = new ArrayList<>();
        List<Map.Entry<ValueRef, Checked>> wrong = checks.byRef().entrySet().stream()
                .filter(e -> e.getValue().stated() && !e.getValue().passed())
                .sorted(Comparator.comparing((Map.Entry<ValueRef, Checked> e) -> e.getValue().pos().source().displayPath())
                        .thenComparingInt(e -> e.getValue().pos().line()).thenComparingInt(e -> e.getValue().pos().col()))
                .toList();
        for (Map.Entry<ValueRef, Checked> e : wrong) {
            Checked c = e.getValue();
            if (!(c.value() instanceof Value.Num n)) {
                unfixable.add(new Unfixable(c.pos(), "the engine gives " + c.value().kind() + "; only single numbers are rewritten"));
                continue;
            }
            Optional<String> text = Restatement.of(e.getKey().stated(), n.value());
            if (text.isEmpty()) {
                unfixable.add(new Unfixable(c.pos(), "'" + c.display() + "' cannot be rewritten in its own style to pass (the engine gives " + n.show() + ")"));
                continue;
            }
            Source source = c.pos().source();
            int offset = c.pos().offset();
            if (offset < 0 || !source.text().startsWith(c.display(), offset)) {
                unfixable.add(new Unfixable(c.pos(), "'" + c.display() + "' is not written verbatim at this place (inside a folded or escaped YAML value?)"));
                continue;
            }
            edits.computeIfAbsent(source, s -> new ArrayList<>()).add(new Edit(source, c.pos(), offset, c.display(), text.get()));
        }
        return new Plan(edits, unfixable);
    }

    /** The file's text with its edits applied. */
    public static String apply(Source source, List<Edit> edits) {
        StringBuilder text = new StringBuilder(source.text());
        List<Edit> backwards = new ArrayList<>(edits);
        backwards.sort(Comparator.comparingInt(Edit::offset).reversed());
        for (Edit e : backwards) text.replace(e.offset(), e.offset() + e.stated().length(), e.replacement());
        return text.toString();
    }

    /** A unified diff of the edits, one hunk per changed line, as {@code git apply} and {@code patch} read it. */
    public static String diff(Source source, List<Edit> edits) {
        String fixed = apply(source, edits);
        List<String> before = source.text().lines().toList();
        List<String> after = fixed.lines().toList();
        StringBuilder out = new StringBuilder("--- a/" + source.displayPath() + "\n+++ b/" + source.displayPath() + "\n");
        for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
            if (before.get(i).equals(after.get(i))) continue;
            out.append("@@ -").append(i + 1).append(",1 +").append(i + 1).append(",1 @@\n")
                    .append('-').append(before.get(i)).append('\n').append('+').append(after.get(i)).append('\n');
        }
        return out.toString();
    }
}
