package courseware.parse.blocks;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one registry of fenced blocks that mean something to the build, by info string. Every other
 * fence is code, shown as written. A block of a kind is never rendered as code: its reader turns it
 * into model values (and, for a kind that shows something, an embed: {@link #shows()}).
 */
public enum BlockKind {
    /** Givens and computations; may stand in any part; the checks show its computations instead. */
    COMPUTE("compute", null),
    /** One quiz question in YAML; only under {@code ## Quiz}. */
    QUIZ("quiz", "Quiz"),
    /** A figure drawn from the lesson's names (YAML); may stand in any part; shown as an embed at its place. */
    FIGURE("figure", null),
    /** What varies in the worked example or practice problem it stands in; a quiz question takes a {@code vary} key. */
    VARY("vary", null);

    private final String info;
    private final String home;

    BlockKind(String info, String home) {
        this.info = info;
        this.home = home;
    }

    /** The info string that opens a block of this kind: {@code ```compute}. */
    public String info() { return info; }

    /** The heading of the one part the kind may stand in, or empty when it may stand anywhere. */
    public Optional<String> home() { return Optional.ofNullable(home); }

    /** Whether a block of this kind shows something at its place: it renders as its embed's placeholder. */
    public boolean shows() { return this == FIGURE; }

    /** The kind of a node, when it is a fenced block of a known kind. */
    public static Optional<BlockKind> of(Node node) {
        if (!(node instanceof FencedCodeBlock f)) return Optional.empty();
        String info = f.getInfo().toString().strip();
        return Arrays.stream(values()).filter(k -> k.info.equals(info)).findFirst();
    }

    /** The language a plain fence names: the first word of its info string ({@code ```python title=x} is Python), as in its HTML class. */
    public static String language(FencedCodeBlock fence) {
        return fence.getInfo().toString().strip().split("\\s+", 2)[0];
    }

    public boolean is(Node node) {
        return of(node).orElse(null) == this;
    }

    public static List<String> infos() {
        return Arrays.stream(values()).map(BlockKind::info).toList();
    }
}
