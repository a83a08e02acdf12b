package courseware.pipeline;

import courseware.check.CheckResults;
import courseware.model.MathSpan;

/**
 * TeX with its values written in: ref i replaced the author's {@code [start[i], end[i])} by
 * {@code [newStart[i], newEnd[i])} of the new text, which maps error offsets back.
 */
public record SubstitutedTex(String tex, int[] start, int[] end, int[] newStart, int[] newEnd) {
    public static SubstitutedTex of(MathSpan span, CheckResults checks) {
        int n = span.refs().size();
        int[] start = new int[n], end = new int[n], newStart = new int[n], newEnd = new int[n];
        StringBuilder tex = new StringBuilder();
        int last = 0;
        for (int i = 0; i < n; i++) {
            MathSpan.Ref ref = span.refs().get(i);
            tex.append(span.tex(), last, ref.start());
            start[i] = ref.start();
            end[i] = ref.end();
            newStart[i] = tex.length();
            tex.append(checks.get(ref.ref()).map(courseware.check.Checked::tex).orElse("\\square"));
            newEnd[i] = tex.length();
            last = ref.end();
        }
        tex.append(span.tex().substring(last));
        return new SubstitutedTex(tex.toString(), start, end, newStart, newEnd);
    }

    /** An offset in the substituted TeX, as an offset in what the author wrote. */
    public int originalOffset(int offset) {
        for (int i = start.length - 1; i >= 0; i--) {
            if (offset >= newStart[i]) return offset < newEnd[i] ? start[i] : offset - newEnd[i] + end[i];
        }
        return offset;
    }
}
