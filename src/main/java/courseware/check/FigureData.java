package courseware.check;

import java.util.Arrays;
import java.util.List;

/**
 * What a figure draws, as the check stage computed it over the lesson's names: the numbers drawn
 * are the numbers checked. Render only scales and draws them.
 *
 * @param xInclude values the x axis must show besides the data (an axis' from and to), maybe empty
 * @param yInclude the same for y
 * @param curves   one per drawn series, in the spec's order; a descent figure's first curve is f
 * @param marks    the marked points, in the spec's order
 * @param grid     f on a grid, for a contour figure; null otherwise
 */
public record FigureData(double[] xInclude, double[] yInclude, List<Curve> curves, List<Point> marks, Grid grid) implements java.io.Serializable {
    public FigureData {
        xInclude = xInclude.clone();
        yInclude = yInclude.clone();
        curves = List.copyOf(curves);
        marks = List.copyOf(marks);
    }

    /**
     * Points of one series ({@code series}: its index in the spec, -1 for a descent figure's f);
     * {@code std} is null unless it is a band.
     */
    public record Curve(int series, double[] x, double[] y, double[] std) implements java.io.Serializable {
        public int size() { return x.length; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Curve c && c.series == series && Arrays.equals(c.x, x) && Arrays.equals(c.y, y) && Arrays.equals(c.std, std);
        }

        @Override
        public int hashCode() { return 31 * series + Arrays.hashCode(y); }

        @Override
        public String toString() { return "Curve[series=" + series + ", points=" + x.length + "]"; }
    }

    /** A marked point and the curve it lies on (index into {@link #curves}, -1 for none). */
    public record Point(double x, double y, int curve) implements java.io.Serializable {}

    /** {@code z[j][i]} is f(xs[i], ys[j]). */
    public record Grid(double[] xs, double[] ys, double[][] z) implements java.io.Serializable {}

    @Override
    public boolean equals(Object o) {
        return o instanceof FigureData d && Arrays.equals(d.xInclude, xInclude) && Arrays.equals(d.yInclude, yInclude)
                && d.curves.equals(curves) && d.marks.equals(marks) && java.util.Objects.equals(d.grid, grid);
    }

    @Override
    public int hashCode() { return curves.hashCode(); }

    @Override
    public String toString() { return "FigureData[curves=" + curves + ", marks=" + marks + "]"; }
}
