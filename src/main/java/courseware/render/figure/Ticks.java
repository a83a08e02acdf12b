package courseware.render.figure;

import courseware.model.NumberText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Axis ranges and ticks. Linear axes step by 1, 2 or 5 times a power of ten, and the range is
 * widened to whole steps, so the first and last ticks cover the data. Log axes tick at powers of
 * ten (every decade, or every second one past eight), with unlabelled minor ticks at 2..9 when few
 * decades show. Labels are {@link NumberText#tick exact decimals} (never 0.30000000000000004).
 */
final class Ticks {
    /** One tick: where, and its label (empty for a minor tick). */
    record Tick(double value, String label, boolean major) {}

    /** A scale: the range drawn, its ticks, and the map from values to [0, 1] along the axis. */
    record Axis(double lo, double hi, boolean log, List<Tick> ticks) {
        double fraction(double v) {
            return log ? (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) : (v - lo) / (hi - lo);
        }

        List<Tick> major() { return ticks.stream().filter(Tick::major).toList(); }
    }

    private Ticks() {}

    /** A linear axis covering {@code [min, max]} with about {@code target} ticks. */
    static Axis linear(double min, double max, int target) {
        if (!(min <= max) || !Double.isFinite(min) || !Double.isFinite(max)) throw new IllegalArgumentException("bad range " + min + ", " + max);
        if (min == max) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= pad;
            max += pad;
        }
        double s = step((max - min) / target).doubleValue();
        long first = (long) Math.floor(min / s + 1e-9);
        long last = (long) Math.ceil(max / s - 1e-9);
        List<Tick> ticks = new ArrayList<>();
        for (long k = first; k <= last; k++) ticks.add(new Tick(k * s, NumberText.tick(k * s, s), true));
        return new Axis(first * s, last * s, false, ticks);
    }

    /** A log axis covering {@code [min, max]}, both positive. */
    static Axis log(double min, double max) {
        if (!(min > 0) || !(min <= max) || !Double.isFinite(max)) throw new IllegalArgumentException("bad log range " + min + ", " + max);
        int lo = (int) Math.floor(Math.log10(min) + 1e-12);
        int hi = (int) Math.ceil(Math.log10(max) - 1e-12);
        if (hi == lo) hi++;
        int every = hi - lo > 8 ? 2 : 1;
        boolean plain = lo >= -4 && hi <= 5;
        List<Tick> ticks = new ArrayList<>();
        for (int e = lo; e <= hi; e++) {
            double power = Math.pow(10, e);
            if ((e - lo) % every == 0) ticks.add(new Tick(power, plain ? NumberText.tick(power, power) : "10^" + e, true));
            if (e < hi && hi - lo <= 4) for (int m = 2; m <= 9; m++) ticks.add(new Tick(m * power, "", false));
        }
        return new Axis(Math.pow(10, lo), Math.pow(10, hi), true, ticks);
    }

    /** 1, 2 or 5 times a power of ten, the smallest at least {@code raw}. */
    static BigDecimal step(double raw) {
        int exponent = (int) Math.floor(Math.log10(raw));
        BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        for (int m : new int[] {1, 2, 5, 10}) {
            BigDecimal candidate = magnitude.multiply(BigDecimal.valueOf(m));
            if (candidate.doubleValue() >= raw * (1 - 1e-12)) return candidate.stripTrailingZeros();
        }
        return magnitude.multiply(BigDecimal.TEN);
    }
}
