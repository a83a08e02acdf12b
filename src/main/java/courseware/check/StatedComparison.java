package courseware.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Compares a stated answer with the engine's value, by the kind of value. */
final class StatedComparison {
    /** The verdict and what the statement accepts, or a problem with the statement itself. */
    record Outcome(boolean passed, Acceptance acceptance, String problem) {
        static Outcome problem(String message) { return new Outcome(false, new Acceptance.Shown(), message); }
    }

    private StatedComparison() {}

    static Outcome compare(String stated, String toleranceOverride, Value engine) {
        if (engine instanceof Value.Num n) {
            BigDecimal s = numeral(stated);
            if (s == null) return Outcome.problem("the engine gives a number, but '" + stated + "' is not one");
            Tolerance t;
            try {
                t = tolerance(s, toleranceOverride);
            } catch (IllegalArgumentException e) {
                return Outcome.problem(e.getMessage());
            }
            return new Outcome(t.accepts(n.value()), new Acceptance.Within(List.of(t)), null);
        }
        if (engine instanceof Value.Vec v) {
            String inner = stated.strip();
            if (!((inner.startsWith("(") && inner.endsWith(")")) || (inner.startsWith("[") && inner.endsWith("]")))) {
                return Outcome.problem("the engine gives a vector, write it as (a, b, ...)");
            }
            String[] parts = inner.substring(1, inner.length() - 1).split(",");
            if (parts.length != v.values().length) {
                return Outcome.problem("the engine gives " + v.values().length + " components, '" + stated + "' has " + parts.length);
            }
            boolean passed = true;
            List<Tolerance> ranges = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                BigDecimal s = numeral(parts[i]);
                if (s == null) return Outcome.problem("component '" + parts[i].strip() + "' is not a number");
                Tolerance t;
                try {
                    t = tolerance(s, toleranceOverride);
                } catch (IllegalArgumentException e) {
                    return Outcome.problem(e.getMessage());
                }
                passed &= t.accepts(v.values()[i]);
                ranges.add(t);
            }
            return new Outcome(passed, new Acceptance.Within(ranges), null);
        }
        if (engine instanceof Value.Bool b) {
            String word = stated.strip().toLowerCase(Locale.ROOT);
            Boolean s = switch (word) {
                case "true", "yes" -> true;
                case "false", "no" -> false;
                default -> null;
            };
            if (s == null) return Outcome.problem("the engine gives true or false; state yes, no, true or false");
            return new Outcome(s == b.value(), new Acceptance.Exactly(new Value.Bool(s)), null);
        }
        if (engine instanceof Value.Str t) {
            return new Outcome(t.value().equals(stated.strip()), new Acceptance.Exactly(new Value.Str(stated.strip())), null);
        }
        if (engine instanceof Value.Sched sched) {
            return Outcome.problem("the engine gives the schedule " + sched.show() + ", not a number; give the schedule function a step"
                    + " (step=...) or write lr_at(schedule, step)");
        }
        return Outcome.problem("the engine gives " + engine.kind() + "; state one of its fields, e.g. {{ result.norm ~ ... }}");
    }

    /** A written number: digits with an optional sign, decimal point and exponent; also '−' (U+2212). */
    static BigDecimal numeral(String text) {
        String t = text.strip().replace('\u2212', '-');
        if (t.startsWith("+")) t = t.substring(1);
        if (!t.matches("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,3})?") || t.length() > 60) return null;
        return new BigDecimal(t);
    }

    /** {@code abs 1e-4}, {@code rel 1%} / {@code rel 0.01}, {@code sig 3}, or the written precision. */
    static Tolerance tolerance(BigDecimal stated, String override) {
        if (override == null || override.isBlank()) return Tolerance.written(stated);
        String[] words = override.strip().split("\\s+");
        if (words.length != 2) throw new IllegalArgumentException("tolerance '" + override + "': write abs 1e-4, rel 1% or sig 3");
        String amount = words[1];
        switch (words[0]) {
            case "abs" -> {
                BigDecimal a = numeral(amount);
                if (a == null || a.signum() < 0) throw new IllegalArgumentException("abs tolerance must be a number >= 0, got " + amount);
                return Tolerance.absolute(stated, a);
            }
            case "rel" -> {
                boolean percent = amount.endsWith("%");
                BigDecimal r = numeral(percent ? amount.substring(0, amount.length() - 1) : amount);
                if (r == null || r.signum() < 0) throw new IllegalArgumentException("rel tolerance must be a number >= 0, got " + amount);
                return Tolerance.relative(stated, percent ? r.movePointLeft(2) : r);
            }
            case "sig" -> {
                if (!amount.matches("[1-9]\\d?")) throw new IllegalArgumentException("sig needs a number of digits from 1 to 99, got " + amount);
                return Tolerance.significant(stated, Integer.parseInt(amount));
            }
            default -> throw new IllegalArgumentException("unknown tolerance '" + words[0] + "'; use abs, rel or sig");
        }
    }
}
