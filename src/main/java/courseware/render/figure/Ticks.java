package courseware.render.figure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Axis ranges and ticks. Linear axes step by 1, 2 or 5 times a power of ten, and the range is
 * widened to whole steps, so the first and last ticks cover the data. Log axes tick at powers of
 * ten (every decade, or every second one past eight), with unlabelled minor ticks at 2..9 when few
 * decades show. Labels are exact decimals (never 0.30000000000000004).
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
        BigDecimal step = step((max - min) / target);
        double s = step.doubleValue();
        long first = (long) Math.floor(min / s + 1e-9);
        long last = (long) Math.ceil(max / s - 1e-9);
        List<Tick> ticks = new ArrayList<>();
        for (long k = first; k <= last; k++) ticks.add(new Tick(k * s, label(step.multiply(BigDecimal.valueOf(k)), step), true));
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
            if ((e - lo) % every == 0) ticks.add(new Tick(Math.pow(10, e), plain ? BigDecimal.ONE.scaleByPowerOfTen(e).toPlainString() : "10^" + e, true));
            if (e < hi && hi - lo <= 4) for (int m = 2; m <= 9; m++) ticks.add(new Tick(m * Math.pow(10, e), "", false));
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

    /** A tick value as written: plain decimals, or m×10^e past 10^6 and below 10^-4; a real minus sign. */
    static String label(BigDecimal value, BigDecimal step) {
        if (value.signum() == 0) return "0";
        BigDecimal v = value.stripTrailingZeros();
        double magnitude = Math.abs(v.doubleValue());
        String text;
        if (magnitude >= 1e6 || step.doubleValue() < 1e-4) {
            int exponent = v.precision() - v.scale() - 1;
            text = v.scaleByPowerOfTen(-exponent).stripTrailingZeros().toPlainString().replace("-", "") + "e" + exponent;
            text = (v.signum() < 0 ? "-" : "") + text;
        } else {
            text = v.toPlainString();
        }
        return text.replace('-', '\u2212');
    }

    /** A number for a table or a description: up to four significant digits, exact for whole numbers. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.valueOf((long) v).replace('-', '\u2212');
        BigDecimal d = new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros();
        double a = Math.abs(v);
        String text = a >= 1e-4 && a < 1e7 ? d.toPlainString()
                : d.unscaledValue().abs().toString().replaceFirst("^(\\d)(\\d*)$", "$1.$2").replaceAll("\\.$", "")
                        + "e" + (d.precision() - d.scale() - 1);
        if (!(a >= 1e-4 && a < 1e7) && v < 0) text = "-" + text;
        return text.replace('-', '\u2212');
    }
}
