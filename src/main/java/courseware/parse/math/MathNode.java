package courseware.parse.math;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A TeX expression between dollar delimiters; {@link #getTex()} keeps its offset in the source. */
public final class MathNode extends Node {
    private final BasedSequence openingMarker;
    private final BasedSequence tex;
    private final BasedSequence closingMarker;

    public MathNode(BasedSequence openingMarker, BasedSequence tex, BasedSequence closingMarker) {
        super(openingMarker.baseSubSequence(openingMarker.getStartOffset(), closingMarker.getEndOffset()));
        this.openingMarker = openingMarker;
        this.tex = tex;
        this.closingMarker = closingMarker;
    }

    public BasedSequence getTex() { return tex; }

    public boolean isDisplay() { return openingMarker.length() == 2; }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {openingMarker, tex, closingMarker};
    }
}
