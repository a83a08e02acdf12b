package courseware.parse.blocks.internal;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import courseware.parse.blocks.BlockKind;
import java.util.Set;

/** Renders nothing for a block of a known kind; every other fenced block renders as usual. */
public final class BlockRenderer implements NodeRenderer {
    public BlockRenderer(DataHolder options) {}

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, (node, context, html) -> {
            if (BlockKind.of(node).isEmpty()) context.delegateRender();
        }));
    }
}
