package courseware.model;

import courseware.diag.Pos;

import java.util.List;

/**
 * One TeX expression in a lesson. {@code pos} is where the TeX itself starts (after the
 * delimiter), so an error offset inside it maps to an exact column. {@code refs} are the
 * {@code {{ }}} values inside it, replaced by their text before typesetting; {@code lineStarts}
 * holds where each line after a line break starts, so offsets map back exactly.
 */
public record MathSpan(String tex, boolean display, Pos pos, List<Ref> refs, List<Pos> lineStarts) implements Embed {
    public MathSpan {
        refs = List.copyOf(refs);
        lineStarts = List.copyOf(lineStarts);
    }

    public MathSpan(String tex, boolean display, Pos pos) {
        this(tex, display, pos, List.of(), List.of());
    }

    /** The place of a character of the TeX in the file, across its line breaks. */
    public Pos at(int offset) {
        int o = Math.max(0, Math.min(offset, tex.length()));
        int lastBreak = tex.lastIndexOf('\n', o - 1);
        if (lastBreak < 0) return pos.source().pos(pos.line(), pos.col() + o);
        int line = (int) tex.substring(0, o).chars().filter(c -> c == '\n').count();
        Pos start = lineStarts.get(line - 1);
        return start.source().pos(start.line(), start.col() + (o - lastBreak - 1));
    }

    /** A value reference occupying {@code [start, end)} of the TeX, braces included. */
    public record Ref(ValueRef ref, int start, int end) implements java.io.Serializable {}
}
