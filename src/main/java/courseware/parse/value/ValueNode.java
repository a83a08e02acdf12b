package courseware.parse.value;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** {@code {{ ... }}} in prose; {@link #getInner()} keeps its offset in the source. */
public final class ValueNode extends Node {
    private final BasedSequence inner;

    public ValueNode(BasedSequence whole, BasedSequence inner) {
        super(whole);
        this.inner = inner;
    }

    public BasedSequence getInner() { return inner; }

    /** The text of {@code {{ literal TEXT }}}, shown verbatim and checked by nothing; empty for any other value. */
    public java.util.Optional<String> literal() { return literal(inner); }

    /** The text of a literal's inside ({@code literal 1998} gives {@code 1998}), or empty when it is an expression. */
    public static java.util.Optional<String> literal(CharSequence inner) {
        java.util.regex.Matcher m = LITERAL.matcher(inner);
        return m.matches() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    private static final java.util.regex.Pattern LITERAL = java.util.regex.Pattern.compile("(?s)\\s*literal\\s+(\\S.*?)\\s*");

    @Override
    public BasedSequence[] getSegments() { return new BasedSequence[] {getChars(), inner}; }
}
