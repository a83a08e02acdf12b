package courseware.parse;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import courseware.diag.Diagnostics;
import courseware.model.Binding;
import courseware.model.Variation;
import courseware.parse.blocks.BlockKind;
import courseware.parse.math.MathNode;
import courseware.parse.value.ValueNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns about numbers a learner reads that no check binds: in worked examples and practice
 * problems (heading, statement, solution, answer), in quiz prompts, options, feedback and
 * explanations, in tables of the core content, and in the comments and printed output of code
 * blocks. A number there is bound ({@code {{ eta ~ 0.0146 }}}), a given shown from its declaration
 * ({@code {{ k }}}), or marked {@code {{ literal 1998 }}}. A bare number that merely equals a
 * given's value is still reported (with the given's name as the fix): matched by text, a result or
 * an unrelated figure would pass whenever it happened to equal some given of the lesson. Small whole
 * numbers (0 to 99) are structure (exponents, indices, "2 steps", "1/2"), so only decimals,
 * scientific notation and whole numbers of three or more digits count. The rule is in
 * docs/authoring.md.
 */
final class UncheckedNumbers {
    static final Pattern NUMERAL = Pattern.compile(
            "(?<![\\w.])(\\d+\\.\\d+(?:[eE][-+]?\\d+)?|\\.\\d+|\\d+[eE][-+]?\\d+|\\d{3,})(?!\\d|\\.\\d)");
    private static final Pattern VALUE = Pattern.compile("\\{\\{.*?\\}\\}");
    /** A small whole number: structure in a lesson, but in a varying item possibly a varying value written out. */
    private static final Pattern SMALL = Pattern.compile("(?<![\\w.])\\d{1,2}(?![\\d\\w]|\\.\\d)");
    private static final Pattern LABEL = Pattern.compile("\\s*\\(?\\d{1,2}[.)]\\s*");
    /** Where the small whole numbers of the item being scanned go, or null when no item collects them. */
    private List<Variation.Bare> small;
    /** Fence languages whose comments start with {@code #}, and those whose comments start with {@code //}. */
    private static final Set<String> HASH_COMMENTS = Set.of("python", "py", "python3", "bash", "sh", "shell", "r", "yaml", "toml");
    private static final Set<String> SLASH_COMMENTS = Set.of("java", "js", "javascript", "ts", "typescript", "c", "cpp", "c++",
            "go", "rust", "kotlin", "scala", "swift");

    /** A number written as a given's whole value, to the given's name: the fix a message suggests. */
    private final Map<String, String> givens = new HashMap<>();
    private final Diagnostics diagnostics;

    UncheckedNumbers(List<Binding> bindings, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        for (Binding b : bindings) {
            String value = b.expression().strip().replaceFirst("^[-\u2212]", "");
            if (b.given() && NUMERAL.matcher(value).matches()) givens.putIfAbsent(value, b.name());
        }
    }

    /**
     * Collects the small whole numbers of what is scanned from now on into {@code into} (null: stop): a varying item
     * checks them against its varying values, since such a number may be one written out.
     */
    void collectSmall(List<Variation.Bare> into) {
        this.small = into;
    }

    /** Every number under {@code nodes}: prose, math, tables and code comments or output. */
    void scan(Iterable<? extends Node> nodes, PosMap positions, String where) {
        for (Node node : nodes) scan(node, positions, where);
    }

    /** Only the tables and code blocks under {@code nodes} (the core content's prose is free). */
    void scanTablesAndCode(Iterable<? extends Node> nodes, PosMap positions) {
        for (Node node : nodes) {
            if (node instanceof TableBlock) scan(node, positions, "a table");
            else if (!codeBlock(node, positions)) scanTablesAndCode(node.getChildren(), positions);
        }
    }

    private void scan(Node node, PosMap positions, String where) {
        if (node instanceof ValueNode || node instanceof Code) return;
        if (codeBlock(node, positions)) return;
        if (node instanceof Text text) {
            report(text.getChars(), text.getChars().toString(), positions, where);
            return;
        }
        if (node instanceof MathNode math) {
            report(math.getTex(), blankValues(math.getTex().toString()), positions, where);
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) scan(child, positions, where);
    }

    /** Scans a fenced (of no block kind) or indented code block as {@link #code}; false for any other node. */
    private boolean codeBlock(Node node, PosMap positions) {
        if (node instanceof FencedCodeBlock f) {
            if (BlockKind.of(f).isEmpty()) code(BlockKind.language(f).toLowerCase(java.util.Locale.ROOT), f.getContentLines(), positions);
            return true;
        }
        if (node instanceof IndentedCodeBlock c) {
            code("", c.getContentLines(), positions);
            return true;
        }
        return false;
    }

    /**
     * A code block: its comments ({@code #} or {@code //} by language) are checked, the code itself
     * is a program the learner can run and is not; a {@code text} or {@code output} fence (or one
     * without a language, or of a language not known here) is printed output, checked whole.
     */
    private void code(String language, List<BasedSequence> lines, PosMap positions) {
        String marker = HASH_COMMENTS.contains(language) ? "#" : SLASH_COMMENTS.contains(language) ? "//" : null;
        for (BasedSequence line : lines) {
            String text = blankValues(line.toString());
            if (marker == null) {
                report(line, text, positions, "printed output");
                continue;
            }
            int comment = commentStart(text, marker);
            if (comment >= 0) {
                report(line, " ".repeat(comment) + text.substring(comment), positions, "a code comment");
            }
        }
    }

    /** Where a line comment starts outside a string literal, or -1. */
    private static int commentStart(String line, String marker) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (line.startsWith(marker, i)) {
                return i;
            }
        }
        return -1;
    }

    private void report(BasedSequence chars, String text, PosMap positions, String where) {
        // A part's label ("**4.**", "2)") is structure, whatever value it happens to equal.
        if (small != null && !LABEL.matcher(text).matches()) {
            Matcher s = SMALL.matcher(text);
            while (s.find()) small.add(new Variation.Bare(s.group(), positions.at(chars.subSequence(s.start()).getStartOffset())));
        }
        Matcher m = NUMERAL.matcher(text);
        while (m.find()) {
            String given = givens.get(m.group());
            diagnostics.warning(positions.at(chars.subSequence(m.start()).getStartOffset()), "unchecked number " + m.group() + " in " + where
                    + (given != null ? ": it equals the given '" + given + "'; if it is that given, show it as {{ " + given + " }}"
                            : ": bind it to a check, e.g. {{ name ~ " + m.group() + " }}, or mark a number that is no result {{ literal "
                            + m.group() + " }}"));
        }
    }

    /** Blanks {@code {{ ... }}} (same length), so bound numbers are not reported. */
    private static String blankValues(String text) {
        return VALUE.matcher(text).replaceAll(r -> " ".repeat(r.group().length()));
    }
}
