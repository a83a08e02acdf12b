package courseware.engine.schedule;

import courseware.engine.Check;
import java.util.Arrays;
import java.util.List;

/**
 * Phases joined at boundaries: from boundary b_i on, phase i+1 is evaluated at step - b_i (optax
 * {@code join_schedules}; torch SequentialLR restarts the next scheduler at each milestone the same way).
 */
record JoinedSchedule(List<Schedule> phases, long[] boundaries) implements Schedule {
    private static final String WHAT = "joined schedule";

    JoinedSchedule {
        Check.notNull(WHAT, "phases", phases);
        Check.notNull(WHAT, "boundaries", boundaries);
        phases = List.copyOf(phases);
        boundaries = boundaries.clone();
        if (phases.isEmpty()) {
            throw Check.fail(WHAT, "needs at least one phase");
        }
        if (boundaries.length != phases.size() - 1) {
            throw Check.fail(WHAT, "needs one boundary fewer than phases: " + phases.size()
                    + " phases need " + (phases.size() - 1) + " boundaries, got " + boundaries.length);
        }
        for (int i = 1; i < phases.size(); i++) {
            // SequentialLR restarts a later scheduler with _update_lr(0), its closed form; ChainedScheduler has none
            // (torch raises NotImplementedError), so no value of such a phase is torch's.
            if (phases.get(i) instanceof ChainedSchedule) {
                throw Check.fail(WHAT, "phase " + (i + 1) + " is a chained schedule, which torch's SequentialLR cannot restart at a "
                        + "milestone (ChainedScheduler has no closed form: NotImplementedError); put it first, or chain joined schedules");
            }
        }
        for (int i = 0; i < boundaries.length; i++) {
            Check.nonNegative(WHAT, "boundary " + i, boundaries[i]);
            if (i > 0 && boundaries[i] <= boundaries[i - 1]) {
                throw Check.fail(WHAT, "boundaries must be strictly increasing, got " + Arrays.toString(boundaries));
            }
        }
    }

    @Override
    public long[] boundaries() {
        return boundaries.clone();
    }

    @Override
    public double at(long step) {
        Check.step(WHAT, step);
        int phase = 0;
        while (phase < boundaries.length && boundaries[phase] <= step) {
            phase++;
        }
        long offset = phase == 0 ? 0 : boundaries[phase - 1];
        return phase(phase).at(step - offset);
    }

    /**
     * Phase i as it runs: a later torch scheduler is restarted the way SequentialLR.step restarts it at its
     * milestone, {@code _update_lr(0)}, that is from its closed form at epoch 0 (which differs from its own first
     * step only for ConstantLR with total_iters 0).
     */
    private Schedule phase(int i) {
        Schedule p = phases.get(i);
        return i > 0 && p instanceof TorchRecursion t ? t.restartedBySequentialLR() : p;
    }

    /** See {@link Schedules#recursionSteps}: those of the phase that {@code step} falls in. */
    long recursionSteps(long step) {
        int phase = 0;
        while (phase < boundaries.length && boundaries[phase] <= step) {
            phase++;
        }
        long offset = phase == 0 ? 0 : boundaries[phase - 1];
        return Schedules.recursionSteps(phases.get(phase), step - offset);
    }

    @Override
    public String toString() {
        return "JoinedSchedule[phases=" + phases + ", boundaries=" + Arrays.toString(boundaries) + "]";
    }
}
