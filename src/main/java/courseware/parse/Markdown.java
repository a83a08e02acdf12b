package courseware.parse;

import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import courseware.model.Embed;
import courseware.model.MathSpan;
import courseware.model.Markup;
import courseware.parse.blocks.BlockKind;
import courseware.parse.blocks.BlocksExtension;
import courseware.parse.embed.EmbedIndex;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import courseware.parse.math.MathExtension;
import courseware.parse.math.MathNode;
import courseware.parse.value.ValueExtension;
import courseware.parse.value.ValueNode;
import courseware.parse.value.internal.ValueInlineParserExtension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import courseware.diag.Diagnostics;
import courseware.diag.Pos;
import courseware.model.ValueRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one flexmark configuration of the build: parse lesson text, render fragments to {@link Markup}. */
final class Markdown {
    private static final Pattern OUTER_TAG = Pattern.compile("<(\\w+)[^>]*>(.*)</\\1>", Pattern.DOTALL);
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final FigureReader figures = new FigureReader(this, new Yaml());

    Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), DefinitionExtension.create(), MathExtension.create(), ValueExtension.create(),
                BlocksExtension.create()));
        // Lessons are content, not markup: raw HTML is shown as text, so pages stay safe and no
        // lesson can forge a math placeholder.
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(TablesExtension.CLASS_NAME, "table");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    Document parse(String text) {
        Document document = parser.parse(text);
        adoptOrphans(document);
        return document;
    }

    /**
     * flexmark's definition-list parser can leave a node in a list's children whose parent is a
     * detached copy of that list (a term on two lines after an earlier term). Such a node has no
     * document, so rendering it fails; re-seating it after its previous sibling repairs the tree.
     * Iterative, so no nesting depth overflows it.
     */
    private static void adoptOrphans(Document document) {
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(document);
        while (!todo.isEmpty()) {
            Node parent = todo.pop();
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                Node previous = child.getPrevious();
                if (child.getParent() != parent && previous != null) {
                    child.unlink();
                    previous.insertAfter(child);
                }
                todo.push(child);
            }
        }
    }

    /** The direct children of a node, as a list to render as one fragment. */
    static List<Node> children(Node parent) {
        List<Node> out = new ArrayList<>();
        parent.getChildren().forEach(out::add);
        return out;
    }

    /** Renders sibling nodes (and their subtrees) as one fragment; malformed values are reported. */
    Markup markup(List<? extends Node> nodes, PosMap positions, Diagnostics diagnostics) {
        List<Embed> embeds = new ArrayList<>();
        for (Node node : nodes) collect(node, positions, diagnostics, embeds);
        StringBuilder html = new StringBuilder();
        for (Node node : nodes) html.append(renderInOwnDocument(node));
        return new Markup(FragmentSanitizer.clean(html.toString()), embeds, nodes.isEmpty() ? null : positions.at(nodes.get(0).getStartOffset()));
    }

    /**
     * flexmark renders links and images only inside a Document, so the node is lent to a fresh
     * document sharing the original's data (reference definitions included) and put back after.
     */
    private String renderInOwnDocument(Node node) {
        Node parent = node.getParent();
        Node next = node.getNext();
        Document original = node.getDocument();
        Document own = new Document(original, original.getChars());
        own.appendChild(node);
        try {
            return renderer.render(own);
        } finally {
            if (next != null) next.insertBefore(node);
            else parent.appendChild(node);
        }
    }

    /** Renders the inline content of a block (a heading, a paragraph, a definition term) without its tag. */
    Markup inlineMarkup(Node block, PosMap positions, Diagnostics diagnostics) {
        Markup m = markup(List.of(block), positions, diagnostics);
        Matcher outer = OUTER_TAG.matcher(m.html().strip());
        return new Markup(outer.matches() ? outer.group(2).strip() : m.html().strip(), m.embeds(), m.pos());
    }

    private void collect(Node node, PosMap positions, Diagnostics diagnostics, List<Embed> embeds) {
        if (BlockKind.FIGURE.is(node)) {
            // The block renders as its embed's placeholder; the index travels in the document's data.
            figures.read((FencedCodeBlock) node, positions, diagnostics).ifPresent(figure -> {
                EmbedIndex.put(node, embeds.size());
                embeds.add(figure);
            });
            return;
        }
        if (node instanceof MathNode m) {
            EmbedIndex.put(m, embeds.size());
            BasedSequence tex = m.getTex();
            // Offsets through the sequence, not start + i: inside a list item or quote the
            // TeX's lines skip the container's indentation or '>' marks.
            PosMap inTex = k -> positions.at(tex.subSequence(Math.min(k, tex.length())).getStartOffset());
            List<Pos> lineStarts = new ArrayList<>();
            for (int i = 0; i < tex.length(); i++) if (tex.charAt(i) == '\n') lineStarts.add(inTex.at(i + 1));
            embeds.add(new MathSpan(tex.toString(), m.isDisplay(), inTex.at(0), mathRefs(tex.toString(), inTex, diagnostics), lineStarts));
            return;
        }
        if (node instanceof ValueNode v) {
            if (v.literal().isPresent()) return;
            EmbedIndex.put(v, embeds.size());
            embeds.add(valueRef(v.getInner(), positions, diagnostics));
            return;
        }
        if (node instanceof FencedCodeBlock code && BlockKind.of(code).isEmpty()) {
            codeValues(code, positions, diagnostics, embeds);
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, positions, diagnostics, embeds);
        }
    }

    /**
     * {@code {{ ... }}} in a code block, so a printed number can be checked: each value becomes an
     * embed, shown as plain text in the code; a literal stays in the block's text. The block's first
     * embed index travels in the document's data, as a figure's does.
     */
    private static void codeValues(FencedCodeBlock code, PosMap positions, Diagnostics diagnostics, List<Embed> embeds) {
        int first = embeds.size();
        boolean any = false;
        for (BasedSequence line : code.getContentLines()) {
            // The same walk as BlockRenderer's, which numbers the placeholders in this order.
            for (ValueInlineParserExtension.Span value : ValueInlineParserExtension.spans(line)) {
                any = true;
                if (value.literal().isEmpty()) embeds.add(valueRef(line.subSequence(value.innerStart(), value.close()), positions, diagnostics));
            }
        }
        if (any) EmbedIndex.put(code, first);
    }

    /** The reference a value's inside reads as; a malformed one (reported) is kept as an empty reference, so indices stay in step. */
    private static ValueRef valueRef(BasedSequence inner, PosMap positions, Diagnostics diagnostics) {
        return ValueSyntax.parse(inner.toString(), k -> positions.at(inner.subSequence(Math.min(k, inner.length())).getStartOffset()), diagnostics)
                .orElse(new ValueRef("", positions.at(inner.getStartOffset()), null));
    }

    /** {@code {{ ... }}} inside TeX: replaced by their text before typesetting. */
    private static List<MathSpan.Ref> mathRefs(String tex, PosMap inTex, Diagnostics diagnostics) {
        List<MathSpan.Ref> out = new ArrayList<>();
        for (int open = tex.indexOf("{{"); open >= 0; open = tex.indexOf("{{", open + 2)) {
            int close = ValueInlineParserExtension.indexOfClose(tex, open + 2);
            if (close < 0) {
                diagnostics.error(inTex.at(open), "'{{' is not closed on its line: write each value as {{ ... }} on one line");
                break;
            }
            int innerStart = open + 2;
            int start = open;
            java.util.Optional<String> literal = ValueNode.literal(tex.substring(open + 2, close));
            String inner = tex.substring(open + 2, close);
            if (literal.isPresent()) {
                // In math a literal is a number that is no result ("x^2/{{ literal 8 }}" beside a value that happens to
                // be 8): shown as written, as the constant it is; other text would need the TeX rewritten.
                String numeral = literal.get().strip();
                if (!numeral.matches("\\d+(\\.\\d+)?") || courseware.model.Numeral.read(numeral).isEmpty()) {
                    diagnostics.error(inTex.at(innerStart), "{{ literal ... }} in math takes a number, such as {{ literal 8 }};"
                            + " put other text outside the math, or bind the number to a check");
                    open = close;
                    continue;
                }
                inner = " " + numeral + " ";
            }
            ValueSyntax.parse(inner, k -> inTex.at(innerStart + k), diagnostics)
                    .ifPresent(ref -> out.add(new MathSpan.Ref(ref, start, close + 2)));
            open = close;
        }
        return out;
    }
}
