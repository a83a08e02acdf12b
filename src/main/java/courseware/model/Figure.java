package courseware.model;

import courseware.diag.Pos;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A {@code figure} block: what to draw from the lesson's own names. Every number it draws is an
 * expression ({@link Code}) evaluated by the check stage over the same names as the lesson's
 * {@code {{ }}} values, so the figure shows the numbers that were checked. Texts drawn inside the
 * figure may hold {@code {{ }}} values (checked like any other); the caption is Markdown with math.
 *
 * @param f      the objective of a descent or contour figure, or null
 * @param series what is drawn: curves, bands, paths or bars, by kind
 * @param marks  points of a curve the lesson states, marked and labelled
 * @param categories the bar labels of a bars figure (empty otherwise)
 */
public record Figure(Pos pos, Kind kind, FigureText title, Markup caption, Axis x, Axis y, Code f,
        List<Series> series, List<Mark> marks, List<FigureText> categories) implements Embed {

    public Figure {
        series = List.copyOf(series);
        marks = List.copyOf(marks);
        categories = List.copyOf(categories);
    }

    public enum Kind {
        /** Values over a range of steps (or given vectors); several on one axis for comparison. */
        SERIES,
        /** A function of one variable and gradient-descent iterates on it. */
        DESCENT,
        /** Mean curves with a band of plus or minus one standard deviation (over seeds). */
        BAND,
        /** Level lines of f(x, y) and descent paths in the plane. */
        CONTOUR,
        /** Bars for a small comparison, grouped by category. */
        BARS;

        public String word() { return name().toLowerCase(Locale.ROOT); }
    }

    public enum Scale { LINEAR, LOG }

    public enum Place { ABOVE, BELOW, LEFT, RIGHT }

    /** An expression in the lesson language and where it is written. */
    public record Code(String text, Pos pos) implements java.io.Serializable {}

    /**
     * An axis. {@code from} and {@code to} fix its range (null: from the data); {@code over} names the
     * variable a series runs over (x only), bound to every whole number from {@code from} to {@code to}.
     */
    public record Axis(FigureText label, Code from, Code to, String over, Pos overPos, Scale scale) implements java.io.Serializable {}

    /**
     * One curve, band, path or set of bars. {@code y} is a vector or, with an axis {@code over}, an
     * expression in that variable; {@code x} a vector of positions; {@code std} the band's half-width;
     * {@code path} a descent result or a vector of iterates; {@code steps} draws the values as a
     * staircase, each held until the next point (a schedule that changes only at whole steps).
     */
    public record Series(Pos pos, FigureText label, Code y, Code x, Code std, Code path, boolean steps) implements java.io.Serializable {}

    /**
     * A marked point: {@code x} and optionally {@code y} (else the curve's value at x); it must lie on
     * the series at index {@code on} (-1: the first curve, which for a descent figure is f).
     */
    public record Mark(Pos pos, Code x, Code y, FigureText label, Place place, int on) implements java.io.Serializable {}

    /** Every value written in the figure's texts and caption, in document order. */
    public Stream<ValueRef> refs() {
        Stream.Builder<FigureText> texts = Stream.builder();
        texts.add(title);
        texts.add(x.label());
        texts.add(y.label());
        series.forEach(s -> texts.add(s.label()));
        marks.forEach(m -> texts.add(m.label()));
        categories.forEach(texts);
        return Stream.concat(texts.build().flatMap(t -> t.refs().stream()), caption.allRefs());
    }
}
