package courseware.model;

/** How a shown value ({@code {{ x }}}, {@code {{ x; sig 3 }}}, {@code {{ x; dp 2 }}}) is written. */
public sealed interface ShownSpec extends java.io.Serializable {
    /** The format as an author writes it after the {@code ;}, for messages; "" for the default. */
    String written();

    /** Givens as written; computed numbers at 12 significant digits, trailing zeros dropped. */
    record Default() implements ShownSpec {
        public String written() { return ""; }
    }

    /** {@code sig n}: n significant digits, trailing zeros kept. */
    record Significant(int digits) implements ShownSpec {
        public String written() { return "sig " + digits; }
    }

    /** {@code dp n}: n decimals, trailing zeros kept. */
    record Decimals(int decimals) implements ShownSpec {
        public String written() { return "dp " + decimals; }
    }
}
