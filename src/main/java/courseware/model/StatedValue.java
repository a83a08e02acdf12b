package courseware.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a stated answer says: a number, a vector of numbers, or a word (text, yes/no). */
public sealed interface StatedValue extends java.io.Serializable {
    /**
     * A written number: its exact decimal value and the text it was read from, whose style
     * (decimals or significant digits, exponent letter, minus sign) a restatement keeps.
     */
    record Number(BigDecimal value, String written) implements StatedValue {
        /** The style a restatement keeps: the decimals written, or the significant digits and exponent letter. */
        public NumberText.Written style() {
            boolean realMinus = written.indexOf('\u2212') >= 0;
            boolean plus = written.startsWith("+");
            int e = Math.max(written.indexOf('e'), written.indexOf('E'));
            return e < 0 ? new NumberText.Written.Plain(Math.max(value.scale(), 0), realMinus, plus)
                    : new NumberText.Written.Scientific(Math.max(1, value.precision()), written.charAt(e), realMinus, plus);
        }
    }

    /** {@code (a, b, ...)} or {@code [a, b, ...]} with a number for every component. */
    record Vector(List<Number> components) implements StatedValue {
        public Vector {
            components = List.copyOf(components);
        }
    }

    /** Anything else, stripped: compared as text, or as a truth value when it is yes/no/true/false. */
    record Word(String text) implements StatedValue {
        /** The truth value the word names, if it names one. */
        public Optional<Boolean> truth() {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> Optional.of(true);
                case "false", "no" -> Optional.of(false);
                default -> Optional.empty();
            };
        }

        /** Whether the word is bracketed like a vector, so a message can say which component is not a number. */
        public boolean bracketed() { return brackets(text); }
    }

    /** Reads a stated answer as written. */
    static StatedValue read(String text) {
        String t = text.strip();
        Optional<BigDecimal> n = Numeral.read(t);
        if (n.isPresent()) return new Number(n.get(), t);
        if (brackets(t)) {
            List<Number> parts = new ArrayList<>();
            for (String part : t.substring(1, t.length() - 1).split(",", -1)) {
                Optional<BigDecimal> p = Numeral.read(part);
                if (p.isEmpty()) return new Word(t);
                parts.add(new Number(p.get(), part.strip()));
            }
            return new Vector(parts);
        }
        return new Word(t);
    }

    private static boolean brackets(String t) {
        return t.length() >= 2 && ((t.startsWith("(") && t.endsWith(")")) || (t.startsWith("[") && t.endsWith("]")));
    }
}
