package courseware.parse.value.internal;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import courseware.parse.value.ValueNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Recognises {@code {{ ... }}} on one line; a lone brace stays text. */
public final class ValueInlineParserExtension implements InlineParserExtension {

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        if (start + 1 >= input.length() || input.charAt(start + 1) != '{') return false;
        int close = indexOfClose(input, start + 2);
        if (close < 0) return false;
        parser.flushTextNode();
        parser.getBlock().appendChild(new ValueNode(input.subSequence(start, close + 2), input.subSequence(start + 2, close)));
        parser.setIndex(close + 2);
        return true;
    }

    /** Index of the closing {@code }}} before the end of the line, or -1. */
    public static int indexOfClose(CharSequence s, int from) {
        for (int i = from; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') return -1;
            if (c == '}' && s.charAt(i + 1) == '}') return i;
        }
        return -1;
    }

    /**
     * One {@code {{ ... }}} on a line: the index of its opening braces, the index of its closing
     * braces ({@link #indexOfClose}), and its text when it is a {@link ValueNode#literal literal}.
     */
    public record Span(int open, int close, Optional<String> literal) {
        /** Where the value's inside starts, just after the opening braces. */
        public int innerStart() { return open + 2; }
    }

    /**
     * Each {@code {{ ... }}} of one line of a code block, in order: the scan goes on after each
     * value's closing braces and stops at the first unclosed one. Reading a code block's values
     * (one embed per non-literal) and rendering them (one placeholder each, in the same order)
     * both walk the line through this, so the two cannot drift apart.
     */
    public static List<Span> spans(CharSequence line) {
        String text = line.toString();
        List<Span> out = new ArrayList<>();
        for (int open = text.indexOf("{{"); open >= 0; open = text.indexOf("{{", open + 2)) {
            int close = indexOfClose(text, open + 2);
            if (close < 0) break;
            out.add(new Span(open, close, ValueNode.literal(text.substring(open + 2, close))));
            open = close;
        }
        return out;
    }

    @Override
    public void finalizeDocument(InlineParser inlineParser) {}

    @Override
    public void finalizeBlock(InlineParser inlineParser) {}

    public static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() { return "{"; }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) { return new ValueInlineParserExtension(); }

        @Override
        public Set<Class<?>> getAfterDependents() { return null; }

        @Override
        public Set<Class<?>> getBeforeDependents() { return null; }

        @Override
        public boolean affectsGlobalScope() { return false; }
    }
}
