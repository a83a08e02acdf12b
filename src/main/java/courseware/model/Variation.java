package courseware.model;

import courseware.diag.Pos;
import java.util.List;

/**
 * What varies in one item (a worked example, practice problem or quiz question): which givens take which values,
 * the conditions every variant must meet, and how many variants the item has, the author's own values (variant 0)
 * included. {@link #NONE} for an item that does not vary.
 *
 * @param pos      where the declaration starts: a variant's problems are reported here, naming its values
 * @param count    variants in all, variant 0 included; 1 for none
 * @param varies   the givens that vary, in the order written
 * @param requires conditions on the lesson's names that every variant meets
 * @param bare     the small whole numbers written in the item's text and math, which check.WrittenOut holds against what varies
 */
public record Variation(Pos pos, int count, List<Vary> varies, List<Require> requires, List<Bare> bare) implements java.io.Serializable {
    /** The most variants an item may ask for: each is one more check of the item and one more copy of it on the page. */
    public static final int MAX = 50;
    /** The most values one given's domain may list: a range is written out before any variant is drawn. */
    public static final int MAX_VALUES = 10_000;
    public static final Variation NONE = new Variation(null, 1, List.of(), List.of(), List.of());

    public Variation {
        varies = List.copyOf(varies);
        requires = List.copyOf(requires);
        bare = List.copyOf(bare);
    }

    /** The same, with the item's small whole numbers (none for an item that does not vary). */
    public Variation withBare(List<Bare> numbers) {
        return varying() ? new Variation(pos, count, varies, requires, numbers) : this;
    }

    public boolean varying() { return count > 1; }

    /** One varying given: its name and the numerals it may take, in order, as they are shown. */
    public record Vary(String name, Pos pos, List<String> values) implements java.io.Serializable {
        public Vary {
            values = List.copyOf(values);
        }
    }

    /** A small whole number written in a varying item, and where. */
    public record Bare(String numeral, Pos pos) implements java.io.Serializable {}

    /** A condition in the lesson's expression language, e.g. {@code eta0 < 2/L}. */
    public record Require(String expression, Pos pos) implements java.io.Serializable {}
}
