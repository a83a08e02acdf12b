package courseware.parse;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import courseware.diag.Diagnostics;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What would otherwise reach the page silently wrong: an unclosed {@code $$} or {@code {{}, a
 * {@code $} that opens no math before TeX, images (the site ships no files from content
 * yet, and a remote image would break offline reading), and links a learner must not follow
 * ({@link LinkPolicy}). Iterative, so no nesting overflows it.
 */
final class InlineChecks {
    private static final Pattern STRAY_DOLLAR = Pattern.compile("(?<!\\\\)\\$(?=[\\\\^_{])");

    private InlineChecks() {}

    static void check(Node root, PosMap positions, Diagnostics diagnostics) {
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof Code) continue;
            if (node instanceof Image || node instanceof ImageRef) {
                diagnostics.error(positions.at(node.getStartOffset()),
                        "images are not supported in lessons yet: the site would not ship the file (figures will come from the engine)");
                continue;
            }
            if (node instanceof LinkNodeBase link) {
                LinkPolicy.problem(link.getUrl()).ifPresent(problem -> diagnostics.error(
                        positions.at(link.getUrl().isEmpty() ? link.getStartOffset() : link.getUrl().getStartOffset()), problem));
            }
            if (node instanceof Text text) {
                text(text.getChars(), positions, diagnostics);
                continue;
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) todo.push(child);
        }
    }

    private static void text(BasedSequence chars, PosMap positions, Diagnostics diagnostics) {
        int display = chars.indexOf("$$");
        if (display >= 0) {
            diagnostics.error(positions.at(chars.subSequence(display).getStartOffset()),
                    "display math opened with '$$' is not closed in this paragraph");
        }
        int open = chars.indexOf("{{");
        if (open >= 0) {
            diagnostics.error(positions.at(chars.subSequence(open).getStartOffset()),
                    "'{{' is not closed on its line: write each value as {{ ... }} on one line");
        }
        Matcher stray = STRAY_DOLLAR.matcher(chars);
        if (display < 0 && stray.find()) {
            diagnostics.warning(positions.at(chars.subSequence(stray.start()).getStartOffset()),
                    "this '$' opens no math (no closing '$' in the paragraph, or a space before it); write '\\$' for a dollar sign");
        }
    }
}
