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
        return phases.get(phase).at(step - offset);
    }

    @Override
    public String toString() {
        return "JoinedSchedule[phases=" + phases + ", boundaries=" + Arrays.toString(boundaries) + "]";
    }
}
