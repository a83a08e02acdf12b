package courseware.parse.blocks.internal;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import courseware.model.Markup;
import courseware.parse.blocks.BlockKind;
import courseware.parse.blocks.BlocksExtension;
import java.util.Set;

/**
 * Renders nothing for a block of a known kind, or the placeholder of its embed for a kind that shows
 * something; every other fenced block renders as usual.
 */
public final class BlockRenderer implements NodeRenderer {
    public BlockRenderer(DataHolder options) {}

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, (node, context, html) -> {
            java.util.Optional<BlockKind> kind = BlockKind.of(node);
            if (kind.isEmpty()) {
                context.delegateRender();
            } else if (kind.get().shows()) {
                java.util.Map<com.vladsch.flexmark.util.ast.Node, Integer> index = BlocksExtension.EMBED_INDEX.get(context.getDocument());
                Integer i = index == null ? null : index.get(node);
                if (i != null) html.line().raw(Markup.placeholder(i)).line();
            }
        }));
    }
}
