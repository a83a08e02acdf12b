package courseware.parse.value.internal;

import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import courseware.model.Markup;
import courseware.parse.value.ValueNode;
import java.util.Set;

/** Writes a placeholder; the render stage replaces it with the value or checked answer. */
public final class ValueNodeRenderer implements NodeRenderer {
    public ValueNodeRenderer(DataHolder options) {}

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(ValueNode.class,
                (node, context, html) -> html.raw(Markup.placeholder(node.getIndex()))));
    }
}
