package courseware.parse.value;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import courseware.parse.value.internal.ValueInlineParserExtension;
import courseware.parse.value.internal.ValueNodeRenderer;

/** Values in prose ({@code {{ k }}}, {@code {{ eta ~ 0.0146 }}}) as flexmark nodes with offsets. */
public final class ValueExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private ValueExtension() {}

    public static ValueExtension create() { return new ValueExtension(); }

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new ValueInlineParserExtension.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(ValueNodeRenderer::new);
    }
}
