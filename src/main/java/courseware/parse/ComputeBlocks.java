package courseware.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import courseware.diag.Diagnostics;
import courseware.diag.Source;
import courseware.model.Binding;
import courseware.parse.blocks.BlockKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code compute} blocks: one binding per line, {@code given name = literal} or
 * {@code name = expression}, {@code #} starting a comment. Blocks may stand in any part; their
 * names are shared by the whole lesson.
 */
final class ComputeBlocks {
    /**
     * What precedes the expression; the expression is the stripped rest. (A pattern spanning the
     * whole line backtracks quadratically on a long run of spaces.)
     */
    private static final Pattern HEAD = Pattern.compile("(\\s*)(given\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=");

    private ComputeBlocks() {}

    /** Appends the bindings of every compute block under {@code node} (itself included). */
    static void collect(Node node, Source source, List<Binding> out, Diagnostics diagnostics) {
        if (BlockKind.COMPUTE.is(node)) {
            read((FencedCodeBlock) node, source, out, diagnostics);
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) collect(child, source, out, diagnostics);
    }

    private static void read(FencedCodeBlock block, Source source, List<Binding> out, Diagnostics diagnostics) {
        // Line by line through the block's own sequences: inside a list item or a quote each
        // line starts after the container's indentation or '>' marks.
        for (BasedSequence chars : block.getContentLines()) {
            int offset = chars.getStartOffset();
            String line = chars.toString().replaceAll("\\r?\\n$", "");
            String code = stripComment(line);
            if (!code.isBlank()) {
                Matcher m = HEAD.matcher(code);
                int start = m.lookingAt() ? leading(code, m.end()) : -1;
                String expression = start < 0 ? "" : code.substring(start).strip();
                if (expression.isEmpty()) {
                    diagnostics.error(source.pos(offset + leading(line, 0)),
                            "a compute line is 'given name = value' or 'name = expression'");
                } else {
                    out.add(new Binding(m.group(3), expression, m.group(2) != null,
                            source.pos(offset + m.start(3)), source.pos(offset + start)));
                }
            }
        }
    }

    /** Drops a {@code #} comment that is not inside a string. */
    private static String stripComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            if (c == '#' && !quoted) return line.substring(0, i);
        }
        return line;
    }

    private static int leading(String line, int from) {
        int i = from;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
        return i;
    }
}
