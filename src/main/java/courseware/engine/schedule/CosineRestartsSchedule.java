package courseware.engine.schedule;

import courseware.engine.Check;

/**
 * SGDR: cosine from {@code initial} to {@code minValue} over cycles of T_0, T_0*T_mult, ... steps, restarting at
 * {@code initial}. Integer-step semantics of torch CosineAnnealingWarmRestarts.step() (T_cur, T_i bookkeeping).
 */
record CosineRestartsSchedule(double initial, long firstCycle, long cycleMultiplier, double minValue)
        implements Schedule {
    private static final String WHAT = "cosine with warm restarts";

    CosineRestartsSchedule {
        Check.finite(WHAT, "initial value", initial);
        Check.positive(WHAT, "first cycle length T_0", firstCycle);
        if (cycleMultiplier < 1) {
            throw Check.fail(WHAT, "cycle multiplier T_mult must be an integer >= 1, got " + cycleMultiplier);
        }
        Check.finite(WHAT, "minimum value", minValue);
    }

    @Override
    public double at(long step) {
        Check.step(WHAT, step);
        long tCur = step;
        double cycle = firstCycle;
        if (cycleMultiplier == 1) {
            tCur = step % firstCycle;
        } else {
            // Cycle lengths grow geometrically, so this loop runs at most ~63 times.
            long tI = firstCycle;
            while (tCur >= tI) {
                tCur -= tI;
                if (tI > Long.MAX_VALUE / cycleMultiplier) {
                    tI = Long.MAX_VALUE; // the next cycle outlasts any long step
                    cycle = (double) firstCycle * StrictMath.pow(cycleMultiplier, 64);
                    break;
                }
                tI *= cycleMultiplier;
                cycle = tI;
            }
        }
        return minValue + (initial - minValue) * (1 + StrictMath.cos(Math.PI * tCur / cycle)) / 2;
    }

    /**
     * torch CosineAnnealingWarmRestarts.step(epoch) with a fractional epoch: T_cur = epoch mod T_0 when T_mult = 1,
     * otherwise the cycle n = int(log(epoch / T_0 * (T_mult - 1) + 1, T_mult)) and T_cur = epoch - T_0 (T_mult^n - 1)
     * / (T_mult - 1), T_i = T_0 T_mult^n; before T_0, T_cur = epoch.
     */
    double atEpoch(double epoch) {
        Check.nonNegative(WHAT, "epoch", epoch);
        double tCur;
        double tI = firstCycle;
        if (epoch >= firstCycle) {
            if (cycleMultiplier == 1) {
                tCur = epoch % firstCycle;
            } else {
                // math.log(x, base) is log(x) / log(base) in CPython
                double x = epoch / firstCycle * (cycleMultiplier - 1) + 1;
                int n = (int) (StrictMath.log(x) / StrictMath.log(cycleMultiplier));
                double power = StrictMath.pow(cycleMultiplier, n);
                tCur = epoch - firstCycle * (power - 1) / (cycleMultiplier - 1);
                tI = firstCycle * power;
            }
        } else {
            tCur = epoch;
        }
        return minValue + (initial - minValue) * (1 + StrictMath.cos(Math.PI * tCur / tI)) / 2;
    }
}
