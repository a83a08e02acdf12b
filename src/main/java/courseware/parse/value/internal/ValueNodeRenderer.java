package courseware.parse.value.internal;

import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import courseware.model.Markup;
import courseware.parse.embed.EmbedIndex;
import courseware.parse.value.ValueNode;
import java.util.Set;

/** Writes a placeholder, which the render stage replaces with the value or checked answer; a literal's text as it is. */
public final class ValueNodeRenderer implements NodeRenderer {
    public ValueNodeRenderer(DataHolder options) {}

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(ValueNode.class,
                (node, context, html) -> node.literal().ifPresentOrElse(html::text, () -> html.raw(Markup.placeholder(EmbedIndex.of(context.getDocument(), node).orElseThrow())))));
    }
}
