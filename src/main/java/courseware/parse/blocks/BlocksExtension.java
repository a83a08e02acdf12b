package courseware.parse.blocks;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import courseware.parse.blocks.internal.BlockRenderer;

/**
 * Keeps every {@link BlockKind} block off the rendered page; their readers put what they show in the
 * model. A block that {@link BlockKind#shows() shows} something renders as the placeholder of its
 * embed: the reader records the embed's index for the block node under {@link #EMBED_INDEX} in the
 * document's data, which the documents a fragment is rendered in share.
 */
public final class BlocksExtension implements HtmlRenderer.HtmlRendererExtension {
    /** Block node (by identity) to the index of its embed in the fragment being rendered. */
    public static final NullableDataKey<java.util.Map<Node, Integer>> EMBED_INDEX = new NullableDataKey<>("CW_EMBED_INDEX");

    private BlocksExtension() {}

    public static BlocksExtension create() { return new BlocksExtension(); }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(BlockRenderer::new);
    }
}
