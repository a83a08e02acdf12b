package courseware.parse.blocks.internal;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import courseware.model.Markup;
import courseware.parse.blocks.BlockKind;
import courseware.parse.blocks.BlocksExtension;
import courseware.parse.value.internal.ValueInlineParserExtension;
import java.util.Set;

/**
 * Renders nothing for a block of a known kind, or the placeholder of its embed for a kind that shows
 * something; a code block with {@code {{ }}} values renders its text with each value's placeholder
 * (and each literal's text) in place; every other fenced block renders as usual.
 */
public final class BlockRenderer implements NodeRenderer {
    public BlockRenderer(DataHolder options) {}

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, (node, context, html) -> {
            java.util.Optional<BlockKind> kind = BlockKind.of(node);
            Integer i = courseware.parse.embed.EmbedIndex.of(context.getDocument(), node).orElse(null);
            if (kind.isEmpty() && i == null) {
                context.delegateRender();
            } else if (kind.isEmpty()) {
                codeWithValues(node, i, html);
            } else if (kind.get().shows()) {
                if (i != null) html.line().raw(Markup.placeholder(i)).line();
            }
        }));
    }

    /** As flexmark writes a fenced block ({@code <pre><code class="language-x">}), values as placeholders from {@code first} on. */
    private static void codeWithValues(FencedCodeBlock node, int first, HtmlWriter html) {
        String language = BlockKind.language(node);
        html.line().raw("<pre>").openPre().raw("<code");
        if (!language.isEmpty()) html.raw(" class=\"language-").text(language).raw("\"");
        html.raw(">");
        int next = first;
        for (BasedSequence line : node.getContentLines()) {
            String text = line.toString();
            int done = 0;
            for (ValueInlineParserExtension.Span value : ValueInlineParserExtension.spans(text)) {
                html.text(text.substring(done, value.open()));
                if (value.literal().isPresent()) html.text(value.literal().get());
                else html.raw(Markup.placeholder(next++));
                done = value.close() + 2;
            }
            html.text(text.substring(done));
        }
        html.raw("</code></pre>").closePre().line();
    }
}
