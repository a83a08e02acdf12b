package courseware.engine.optim;

import courseware.engine.NonFiniteResultException;
import java.util.List;

/**
 * A finished optimizer run: snapshots taken every {@code recordEvery} steps (step 0, i.e. the start, included, and
 * always the last), the final snapshot, and where the run first turned NaN or infinite (-1 if never; the run
 * stops at that step).
 */
public record OptimizerRun(List<OptimizerSnapshot> recorded, long recordEvery, OptimizerSnapshot last,
        long firstNonFiniteStep) {
    public OptimizerRun {
        recorded = List.copyOf(recorded);
    }

    public boolean finite() {
        return firstNonFiniteStep < 0;
    }

    public OptimizerRun requireFinite() {
        if (!finite()) {
            throw new NonFiniteResultException(last.optimizer() + " diverged: NaN or infinity at step "
                    + firstNonFiniteStep + " (" + last + ")");
        }
        return this;
    }
}
