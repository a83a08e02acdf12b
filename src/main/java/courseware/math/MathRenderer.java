package courseware.math;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What {@link MathStage} needs from a typesetter; an interface so tests can count or fake renders. */
interface MathRenderer {

    /** Identifies everything that shapes the output; part of every cache key. Must not start the typesetter. */
    String optionsFingerprint();

    MathResult render(MathRequest request);

    /** Results in the order of {@code requests}; a crash on one fails that one only. Typesetters may go parallel. */
    default List<MathResult> renderAll(List<MathRequest> requests) {
        List<MathResult> results = new ArrayList<>(requests.size());
        for (MathRequest r : requests) results.add(safely(this::render, r));
        return results;
    }

    /** A crash on one expression (a bug, in KaTeX or here) fails that expression only, at its place. */
    static MathResult safely(Function<MathRequest, MathResult> render, MathRequest request) {
        try {
            return render.apply(request);
        } catch (RuntimeException e) {
            return internalError(e.getMessage());
        }
    }

    static MathResult internalError(String what) {
        return new MathResult.Failed("internal error while typesetting (" + what
                + "); this is a bug, please report it with this expression", 0);
    }
}
