package courseware.render.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TicksTest {
    private static double parse(String label) {
        return Double.parseDouble(label.replace('\u2212', '-'));
    }

    /** Property: for any range, the ticks cover it, step by 1, 2 or 5 times a power of ten, and read as their values. */
    @Test
    void linearTicksCoverTheDataInOneTwoFiveSteps() {
        Random random = new Random(7);
        for (int trial = 0; trial < 2000; trial++) {
            double scale = Math.pow(10, random.nextInt(16) - 8);
            double a = (random.nextDouble() * 2 - 1) * scale, b = a + random.nextDouble() * scale * random.nextInt(1, 50);
            Ticks.Axis axis = Ticks.linear(a, b, 5);
            List<Ticks.Tick> ticks = axis.major();
            assertTrue(ticks.get(0).value() <= a && ticks.get(ticks.size() - 1).value() >= b, "ticks cover [" + a + ", " + b + "]: " + ticks);
            assertEquals(axis.lo(), ticks.get(0).value());
            assertEquals(axis.hi(), ticks.get(ticks.size() - 1).value());
            assertTrue(ticks.size() >= 3 && ticks.size() <= 12, "a readable number of ticks: " + ticks.size());
            double step = ticks.get(1).value() - ticks.get(0).value();
            BigDecimal mantissa = BigDecimal.valueOf(step).round(new java.math.MathContext(3)).stripTrailingZeros().unscaledValue().abs()
                    .toString().chars().mapToObj(c -> BigDecimal.valueOf(c - '0')).findFirst().orElseThrow();
            assertTrue(List.of(1, 2, 5).contains(mantissa.intValue()), "step " + step);
            for (Ticks.Tick t : ticks) {
                double read = parse(t.label());
                assertEquals(t.value(), read, Math.abs(step) * 1e-9, "label " + t.label() + " reads as its value " + t.value());
            }
        }
    }

    @Test
    void labelsAreExactDecimalsWithARealMinus() {
        Ticks.Axis axis = Ticks.linear(-0.3, 0.3, 6);
        assertEquals(List.of("\u22120.3", "\u22120.2", "\u22120.1", "0", "0.1", "0.2", "0.3"), axis.major().stream().map(Ticks.Tick::label).toList());
        assertEquals(List.of("0", "2000", "4000", "6000", "8000", "10000"), Ticks.linear(0, 10_000, 6).major().stream().map(Ticks.Tick::label).toList());
        assertEquals("2e\u22125", Ticks.linear(0, 0.0001, 5).major().get(1).label());
        assertEquals("4e6", Ticks.linear(0, 1e7, 5).major().get(2).label());
    }

    @Test
    void aFlatSeriesStillGetsARange() {
        Ticks.Axis axis = Ticks.linear(3, 3, 5);
        assertTrue(axis.lo() < 3 && axis.hi() > 3);
    }

    /** Property: log ticks are powers of ten covering the data. */
    @Test
    void logTicksArePowersOfTenCoveringTheData() {
        Random random = new Random(11);
        for (int trial = 0; trial < 1000; trial++) {
            double a = Math.pow(10, random.nextDouble() * 20 - 10), b = a * Math.pow(10, random.nextDouble() * 8);
            Ticks.Axis axis = Ticks.log(a, b);
            assertTrue(axis.lo() <= a && axis.hi() >= b);
            for (Ticks.Tick t : axis.major()) {
                double e = Math.log10(t.value());
                assertEquals(Math.rint(e), e, 1e-12, "a power of ten: " + t.value());
            }
        }
        assertEquals(List.of("0.001", "0.01", "0.1", "1", "10"), Ticks.log(0.002, 5).major().stream().map(Ticks.Tick::label).toList());
        assertEquals("10^-8", Ticks.log(1e-8, 1e-6).major().get(0).label());
    }
}
