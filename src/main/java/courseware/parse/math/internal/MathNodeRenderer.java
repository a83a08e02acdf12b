package courseware.parse.math.internal;

import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import courseware.model.Markup;
import courseware.parse.embed.EmbedIndex;
import courseware.parse.math.MathNode;
import java.util.Set;

/** Writes a placeholder; the render stage replaces it with KaTeX's output for that expression. */
public final class MathNodeRenderer implements NodeRenderer {
    public MathNodeRenderer(DataHolder options) {}

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(MathNode.class,
                (node, context, html) -> html.raw(Markup.placeholder(EmbedIndex.of(context.getDocument(), node).orElseThrow()))));
    }
}
