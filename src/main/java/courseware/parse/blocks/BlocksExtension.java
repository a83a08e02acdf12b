package courseware.parse.blocks;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import courseware.parse.blocks.internal.BlockRenderer;

/**
 * Keeps every {@link BlockKind} block off the rendered page; their readers put what they show in the
 * model. A block that {@link BlockKind#shows() shows} something renders as the placeholder of its
 * embed, found in {@link courseware.parse.embed.EmbedIndex} like every other embed.
 */
public final class BlocksExtension implements HtmlRenderer.HtmlRendererExtension {
    private BlocksExtension() {}

    public static BlocksExtension create() { return new BlocksExtension(); }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(BlockRenderer::new);
    }
}
