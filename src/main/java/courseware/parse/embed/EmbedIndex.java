package courseware.parse.embed;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import courseware.model.Markup;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which embed a node renders as. The parser records, for each node that becomes an embed (math, a
 * {@code {{ }}} value, a figure block, a code block's first value), its index in the fragment's
 * {@link Markup#embeds()}; the extensions' renderers look the node up here and write
 * {@link Markup#placeholder}. One channel for every kind, kept in the document's data, which the
 * documents a fragment is rendered in share.
 */
public final class EmbedIndex {
    private static final NullableDataKey<Map<Node, Integer>> KEY = new NullableDataKey<>("CW_EMBED_INDEX");

    private EmbedIndex() {}

    /** Records that {@code node} renders as embed {@code index} of its fragment. */
    public static void put(Node node, int index) {
        Document document = node.getDocument();
        Map<Node, Integer> map = KEY.get(document);
        if (map == null) KEY.set(document, map = new IdentityHashMap<>());
        map.put(node, index);
    }

    /** The embed index recorded for {@code node} in {@code document}, if any. */
    public static Optional<Integer> of(Document document, Node node) {
        Map<Node, Integer> map = KEY.get(document);
        return map == null ? Optional.empty() : Optional.ofNullable(map.get(node));
    }
}
