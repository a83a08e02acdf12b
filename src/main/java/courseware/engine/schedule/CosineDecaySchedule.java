package courseware.engine.schedule;

import courseware.engine.Check;
import courseware.engine.Convention;

/**
 * Cosine decay from {@code initial} to {@code minValue} over K steps. Conventions differ past K and in
 * arithmetic order: TEXTBOOK and OPTAX hold the floor after K; PYTORCH (CosineAnnealingLR closed form)
 * and TRANSFORMERS (cosine schedule without warmup) keep following the cosine, so the rate rises again.
 */
record CosineDecaySchedule(double initial, long decaySteps, double minValue, double alpha, Convention convention,
        double exponent) implements TorchRecursion {
    private static final String WHAT = "cosine decay";

    /** With an absolute floor; optax's and transformers' ratio is floor / initial. */
    CosineDecaySchedule(double initial, long decaySteps, double minValue, Convention convention) {
        this(initial, decaySteps, minValue, initial == 0 ? 0 : minValue / initial, convention);
        if ((convention == Convention.OPTAX || convention == Convention.TRANSFORMERS) && initial == 0
                && minValue != 0) {
            throw Check.fail(WHAT, convention + " expresses the floor as a fraction of the initial value,"
                    + " so the initial value must not be 0 when the floor is " + Check.show(minValue));
        }
    }

    CosineDecaySchedule(double initial, long decaySteps, double minValue, double alpha, Convention convention) {
        this(initial, decaySteps, minValue, alpha, convention, 1.0);
    }

    /** optax's form with the ratio alpha given directly (so it is not recomputed as floor / initial). */
    static CosineDecaySchedule withAlpha(double initial, long decaySteps, double alpha) {
        Check.between(WHAT, "alpha", alpha, 0, 1);
        return new CosineDecaySchedule(initial, decaySteps, alpha * initial, alpha, Convention.OPTAX);
    }

    CosineDecaySchedule {
        Check.finite(WHAT, "initial value eta0", initial);
        Check.positive(WHAT, "total steps K", decaySteps);
        Check.finite(WHAT, "floor (minimum value)", minValue);
        Check.notNull(WHAT, "convention", convention);
        Check.finite(WHAT, "alpha", alpha);
        Check.finite(WHAT, "exponent", exponent);
        if (exponent != 1 && (convention == Convention.PYTORCH || convention == Convention.TRANSFORMERS)) {
            throw Check.fail(WHAT, "only optax's cosine_decay_schedule (and the textbook formula) has an exponent; "
                    + convention + " has none, got " + Check.show(exponent));
        }
    }

    @Override
    public double base() {
        return initial;
    }

    @Override
    public String notChainable() {
        return convention == Convention.PYTORCH ? null
                : "torch's CosineAnnealingLR is the PYTORCH convention of cosine decay, not " + convention;
    }

    // CosineAnnealingLR.get_lr: kept at construction (_is_initial); at last_epoch = T_max + 1 + 2 n T_max (where the
    // ratio below would divide by 1 + cos(pi) = 0) it adds (base_lr - eta_min) (1 - cos(pi / T_max)) / 2; else
    // eta_min + (1 + cos(pi e / T_max)) / (1 + cos(pi (e - 1) / T_max)) * (lr - eta_min), which re-adds eta_min to
    // whatever rate the other chained schedulers left.
    @Override
    public double initialStep(double lr) {
        return lr;
    }

    @Override
    public double step(double lr, long epoch) {
        long sinceEnd = epoch - 1 - decaySteps; // >= 0 only when epoch > T_max, so 2 T_max cannot overflow
        if (sinceEnd >= 0 && sinceEnd % (2 * decaySteps) == 0) {
            return lr + (initial - minValue) * (1 - StrictMath.cos(Math.PI / decaySteps)) / 2;
        }
        return (1 + StrictMath.cos(Math.PI * epoch / decaySteps)) / (1 + StrictMath.cos(Math.PI * (epoch - 1) / decaySteps))
                * (lr - minValue) + minValue;
    }

    /** The same schedule with optax's {@code exponent}: the cosine factor (1 + cos)/2 is raised to it. */
    CosineDecaySchedule withExponent(double value) {
        return new CosineDecaySchedule(initial, decaySteps, minValue, alpha, convention, value);
    }

    @Override
    public double at(long step) {
        Check.step(WHAT, step);
        switch (convention) {
            case PYTORCH:
                // torch/optim/lr_scheduler.py CosineAnnealingLR._get_closed_form_lr (no clamp at T_max)
                return minValue + (initial - minValue) * (1 + StrictMath.cos(Math.PI * step / decaySteps)) / 2;
            case OPTAX: {
                // optax/schedules/_schedule.py cosine_decay_schedule
                double count = Math.min(step, decaySteps);
                double cosine = 0.5 * (1 + StrictMath.cos(Math.PI * count / decaySteps));
                double decayed = (1 - alpha) * (exponent == 1 ? cosine : StrictMath.pow(cosine, exponent)) + alpha;
                return initial * decayed;
            }
            case TRANSFORMERS:
                return initial * TransformersCosine.factor(step, 0, decaySteps, alpha);
            default: {
                double t = Math.min(step, decaySteps);
                if (exponent != 1) {
                    double c = (1 + StrictMath.cos(Math.PI * t / decaySteps)) / 2;
                    return minValue + (initial - minValue) * StrictMath.pow(c, exponent);
                }
                return minValue + (initial - minValue) * (1 + StrictMath.cos(Math.PI * t / decaySteps)) / 2;
            }
        }
    }
}
