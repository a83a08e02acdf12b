package courseware.pipeline;

import courseware.check.CheckResults;
import courseware.diag.Diagnostics;

/** What a run found and did: its diagnostics, every checked value, and counts for the closing line. */
public record BuildReport(Diagnostics diagnostics, CheckResults checks, boolean strict, Build.Counts counts, int filesWritten) {
    public int lessons() { return counts.lessons(); }

    public int mathRendered() { return counts.mathRendered(); }

    public int mathFromCache() { return counts.mathFromCache(); }


    /** True when the run must fail: any error, or any warning in strict mode. */
    public boolean failed() {
        return diagnostics.hasErrors() || (strict && diagnostics.warningCount() > 0);
    }
}
