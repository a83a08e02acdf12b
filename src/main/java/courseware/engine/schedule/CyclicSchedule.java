package courseware.engine.schedule;

import courseware.engine.Check;
import java.util.Locale;

/**
 * torch CyclicLR ({@code get_lr}): a triangle from {@code start} to {@code peak} over {@code stepSizeUp} steps and
 * back over {@code stepSizeDown}, its height scaled by the mode: triangular 1, triangular2 1/2^(cycle - 1),
 * exp_range gamma^step. The momentum CyclicLR cycles is the same shape from max_momentum towards base_momentum,
 * so {@link #momentum} swaps the ends (torch: max_momentum - (max_momentum - base_momentum) * scale).
 */
record CyclicSchedule(double start, double peak, double stepSizeUp, double stepSizeDown, Mode mode, double gamma)
        implements Schedule {
    private static final String WHAT = "cyclic (CyclicLR)";

    enum Mode {
        TRIANGULAR, TRIANGULAR2, EXP_RANGE;

        static Mode parse(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Check.fail(WHAT, "mode must be \"triangular\", \"triangular2\" or \"exp_range\", got \"" + name + "\"");
            }
        }
    }

    CyclicSchedule {
        Check.finite(WHAT, "base value", start);
        Check.finite(WHAT, "max value", peak);
        Check.positive(WHAT, "step_size_up", stepSizeUp);
        Check.positive(WHAT, "step_size_down", stepSizeDown);
        Check.notNull(WHAT, "mode", mode);
        Check.positive(WHAT, "gamma", gamma);
    }

    /** torch's cycled momentum: from {@code maxMomentum} down to {@code baseMomentum} while the rate rises. */
    static CyclicSchedule momentum(double baseMomentum, double maxMomentum, double stepSizeUp, double stepSizeDown,
            Mode mode, double gamma) {
        return new CyclicSchedule(maxMomentum, baseMomentum, stepSizeUp, stepSizeDown, mode, gamma);
    }

    @Override
    public double at(long step) {
        Check.step(WHAT, step);
        double totalSize = stepSizeUp + stepSizeDown;
        double stepRatio = stepSizeUp / totalSize;
        double cycle = Math.floor(1 + step / totalSize);
        double x = 1.0 + step / totalSize - cycle;
        double scaleFactor = x <= stepRatio ? x / stepRatio : (x - 1) / (stepRatio - 1);
        double baseHeight = (peak - start) * scaleFactor;
        double scale = switch (mode) {
            case TRIANGULAR -> 1.0;
            case TRIANGULAR2 -> 1 / StrictMath.pow(2.0, cycle - 1);
            case EXP_RANGE -> StrictMath.pow(gamma, (double) step); // scale_mode 'iterations'
        };
        return start + baseHeight * scale;
    }
}
