package courseware.engine.schedule;

import courseware.engine.Check;
import courseware.engine.Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * torch ChainedScheduler (torch/optim/lr_scheduler.py): schedulers built one after another on one optimizer whose
 * rate is {@code base}, each constructor taking its own first step, then every {@code step()} stepping each of them
 * in turn, so each scheduler's get_lr is applied to the rate the others left. This runs that recursion from step 0
 * in torch's order, with the schedulers' own get_lr ({@link TorchRecursion}), so it is exact for every chainable
 * scheduler, including the affine ones: CosineAnnealingLR re-adds eta_min at every step and adds a fixed amount at
 * T_max + 1, which the plain product of the closed forms misses. For the purely multiplicative ones the result equals
 * {@code base * prod(s_i(step) / base)} up to rounding. A nested chain is the same as its schedulers in a row.
 */
record ChainedSchedule(double base, List<TorchRecursion> parts) implements Schedule {
    private static final String WHAT = "chained schedule";

    /** The chain of {@code schedules}, nested chains opened, each checked to be chainable and built with base. */
    static ChainedSchedule of(double base, List<? extends Schedule> schedules) {
        return new ChainedSchedule(base, flatten(base, schedules));
    }

    ChainedSchedule {
        Check.finite(WHAT, "base rate", base);
        Check.notNull(WHAT, "schedules", parts);
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw Check.fail(WHAT, "needs at least one schedule");
        }
    }

    private static List<TorchRecursion> flatten(double base, List<? extends Schedule> schedules) {
        Check.finite(WHAT, "base rate", base);
        Check.notNull(WHAT, "schedules", schedules);
        List<TorchRecursion> out = new ArrayList<>();
        for (int i = 0; i < schedules.size(); i++) {
            Schedule s = Check.notNull(WHAT, "schedule " + (i + 1), schedules.get(i));
            String why = notChainable(s);
            if (why != null) {
                throw Check.fail(WHAT, "schedule " + (i + 1) + " cannot be chained: " + why);
            }
            double built = s instanceof ChainedSchedule c ? c.base() : ((TorchRecursion) s).base();
            if (Double.compare(built, base) != 0) {
                throw Check.fail(WHAT, "schedule " + (i + 1) + " is built with the rate " + Check.show(built)
                        + ", but every scheduler in torch's ChainedScheduler takes its base_lr from the one optimizer,"
                        + " whose rate is " + Check.show(base) + ": build it with " + Check.show(base));
            }
            if (s instanceof ChainedSchedule c) {
                out.addAll(c.parts());
            } else {
                out.add((TorchRecursion) s);
            }
        }
        return out;
    }

    /** See {@link Schedules#notChainable}. */
    static String notChainable(Schedule s) {
        if (s instanceof ChainedSchedule) {
            return null;
        }
        if (s instanceof TorchRecursion t) {
            return t.notChainable();
        }
        return "it is none of torch's chainable schedulers (ConstantLR, LinearLR, StepLR, MultiStepLR, ExponentialLR,"
                + " PolynomialLR, CosineAnnealingLR), whose step() changes the rate the optimizer holds; CyclicLR, OneCycleLR"
                + " and CosineAnnealingWarmRestarts set it from their own base every step, and optax's and transformers'"
                + " schedules are not torch schedulers";
    }

    @Override
    public double at(long step) {
        return run(step, step + 1)[0];
    }

    /** One pass of the recursion serves the whole range. */
    @Override
    public double[] range(long fromInclusive, long toExclusive) {
        Check.step("schedule range", fromInclusive);
        if (toExclusive < fromInclusive) {
            throw Check.fail("schedule range", "end step " + toExclusive + " must be >= start step " + fromInclusive);
        }
        if (toExclusive == fromInclusive) {
            return new double[0];
        }
        return run(fromInclusive, toExclusive);
    }

    /** The rates at steps from .. to - 1, replaying every step from the constructors' on. */
    private double[] run(long from, long to) {
        Check.step(WHAT, from);
        long last = to - 1;
        if (last > Limits.MAX_SEQUENCE_LENGTH) {
            throw Check.fail(WHAT, "torch's ChainedScheduler is a recursion replayed from step 0, so the step must be"
                    + " at most " + Limits.MAX_SEQUENCE_LENGTH + " (Limits.MAX_SEQUENCE_LENGTH), got " + last);
        }
        double[] out = new double[(int) (to - from)];
        double lr = base;
        for (TorchRecursion p : parts) {
            lr = p.initialStep(lr);
        }
        if (from == 0) {
            out[0] = lr;
        }
        for (long epoch = 1; epoch <= last; epoch++) {
            for (TorchRecursion p : parts) {
                lr = p.step(lr, epoch);
            }
            if (epoch >= from) {
                out[(int) (epoch - from)] = lr;
            }
        }
        return out;
    }

    /** Scheduler steps {@code at(step)} replays; a step past the limit counts as the limit. */
    long recursionSteps(long step) {
        return (Math.min(step, Limits.MAX_SEQUENCE_LENGTH) + 1) * parts.size();
    }
}
