package courseware.render.figure;

import courseware.check.FigureData;
import courseware.model.Figure;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws one figure as inline SVG: left and bottom axes with 1-2-5 ticks, light grid lines, axis
 * labels, a title, a legend when there is more than one thing to tell apart, and labelled marks.
 * Colours and strokes are classes styled by the site's CSS (custom properties), so dark mode and
 * print restyle figures without new markup; text is real SVG text, so it can be selected.
 * Coordinates are rounded to one decimal and long curves thinned, which keeps a figure small.
 */
final class FigureSvg {
    static final int WIDTH = 600;
    static final int HEIGHT = 340;
    /** A contour keeps equal scales on x and y, so it gets more height for a square-ish plot. */
    static final int CONTOUR_HEIGHT = 460;
    /** Estimated advance of one character, as a fraction of the font size (system sans fonts). */
    private static final double CHAR = 0.6;
    private static final int TICK_FONT = 12;
    private static final int LABEL_FONT = 13;
    private static final int MARK_FONT = 13;

    private final Figure fig;
    private final FigureData data;
    private final Texts texts;
    private final String id;
    private final Svg svg = new Svg();

    private double left, right, top, bottom;
    private Ticks.Axis xAxis, yAxis;

    /** The texts of the figure as the learner reads them (values written in). */
    record Texts(String title, String xLabel, String yLabel, List<String> series, List<String> marks, List<String> categories, String desc) {}

    FigureSvg(Figure fig, FigureData data, Texts texts, String id) {
        this.fig = fig;
        this.data = data;
        this.texts = texts;
        this.id = id;
    }

    String draw() {
        int height = fig.kind() == Figure.Kind.CONTOUR ? CONTOUR_HEIGHT : HEIGHT;
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + height, "role", "img",
                "aria-labelledby", id + "-title " + id + "-desc", "class", "fig-svg");
        svg.element("title", texts.title(), "id", id + "-title");
        svg.element("desc", texts.desc(), "id", id + "-desc");
        svg.text(texts.title(), 0, 18, "ttl", "start");
        List<Legend> legend = legend();
        double legendBottom = drawLegend(legend, 18);
        top = legendBottom + 14;
        bottom = height - (fig.kind() == Figure.Kind.BARS && texts.xLabel().isEmpty() ? 30 : 46);
        axes();
        right = WIDTH - 12;
        if (xAxis != null && !xAxis.major().isEmpty() && fig.kind() != Figure.Kind.CONTOUR) {
            // The last x tick label is centred on the axis' end: leave room for its right half.
            String last = tickText(xAxis.major().get(xAxis.major().size() - 1).label());
            right = Math.min(right, WIDTH - 2 - textWidth(last, TICK_FONT) / 2);
        }
        left = 24 + yAxis.major().stream().mapToDouble(t -> textWidth(tickText(t.label()), TICK_FONT)).max().orElse(10) + 10;
        if (fig.kind() == Figure.Kind.CONTOUR) square();
        grid();
        switch (fig.kind()) {
            case SERIES, BAND -> { bands(); lines(); }
            case DESCENT -> lines();
            case CONTOUR -> { contours(); paths2(); }
            case BARS -> bars();
        }
        frame();
        marks();
        svg.close("svg");
        return svg.toString();
    }

    // ---- scales

    private void axes() {
        if (fig.kind() == Figure.Kind.BARS) {
            double lo = 0, hi = 0;
            for (FigureData.Curve c : data.curves()) for (double v : c.y()) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
            for (double v : data.yInclude()) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
            yAxis = Ticks.linear(lo, hi, 5);
            return;
        }
        double[] xr = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] yr = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        boolean log = fig.y().scale() == Figure.Scale.LOG;
        for (FigureData.Curve c : data.curves()) {
            for (int k = 0; k < c.size(); k++) {
                grow(xr, c.x()[k]);
                grow(yr, c.y()[k]);
                if (c.std() != null) {
                    grow(yr, c.y()[k] + c.std()[k]);
                    if (!log || c.y()[k] - c.std()[k] > 0) grow(yr, c.y()[k] - c.std()[k]);
                }
            }
        }
        for (FigureData.Point p : data.marks()) { grow(xr, p.x()); grow(yr, p.y()); }
        for (double v : data.xInclude()) grow(xr, v);
        for (double v : data.yInclude()) grow(yr, v);
        if (fig.kind() == Figure.Kind.CONTOUR) {
            xAxis = exact(data.xInclude()[0], data.xInclude()[1]);
            yAxis = exact(data.yInclude()[0], data.yInclude()[1]);
            return;
        }
        if (fig.kind() == Figure.Kind.DESCENT) xAxis = exact(data.xInclude()[0], data.xInclude()[1]);
        else xAxis = Ticks.linear(xr[0], xr[1], 6);
        yAxis = log ? Ticks.log(yr[0], yr[1]) : Ticks.linear(yr[0], yr[1], 5);
    }

    /** An axis over exactly [lo, hi] (a range the author chose), ticked inside it. */
    private static Ticks.Axis exact(double lo, double hi) {
        Ticks.Axis nice = Ticks.linear(lo, hi, 6);
        List<Ticks.Tick> inside = nice.ticks().stream().filter(t -> t.value() >= lo - 1e-9 * (hi - lo) && t.value() <= hi + 1e-9 * (hi - lo)).toList();
        return new Ticks.Axis(lo, hi, false, inside);
    }

    private static void grow(double[] range, double v) {
        range[0] = Math.min(range[0], v);
        range[1] = Math.max(range[1], v);
    }

    /** A contour keeps x and y at the same scale: the plot box takes the data's aspect ratio. */
    private void square() {
        double w = right - left, h = bottom - top;
        double aspect = (xAxis.hi() - xAxis.lo()) / (yAxis.hi() - yAxis.lo());
        if (w / h > aspect) {
            double nw = h * aspect;
            left += (w - nw) / 2;
            right = left + nw;
        } else {
            double nh = w / aspect;
            top += (h - nh) / 2;
            bottom = top + nh;
        }
    }

    double sx(double v) { return left + xAxis.fraction(v) * (right - left); }

    double sy(double v) { return bottom - yAxis.fraction(v) * (bottom - top); }

    // ---- layers

    private void grid() {
        if (fig.kind() == Figure.Kind.CONTOUR) return;
        StringBuilder d = new StringBuilder();
        for (Ticks.Tick t : yAxis.major()) {
            double y = sy(t.value());
            if (Math.abs(y - bottom) < 0.5) continue;
            d.append('M').append(Svg.n(left)).append(' ').append(Svg.n(y)).append('H').append(Svg.n(right));
        }
        if (d.length() > 0) svg.empty("path", "class", "gr", "d", d.toString());
    }

    private void bands() {
        for (FigureData.Curve c : data.curves()) {
            if (c.std() == null) continue;
            int[] keep = Simplify.keep(px(c.x()), py(upper(c)));
            int[] keepLow = Simplify.keep(px(c.x()), py(lower(c)));
            double[] up = upper(c), low = lower(c);
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < keep.length; i++) d.append(i == 0 ? 'M' : 'L').append(point(c.x()[keep[i]], up[keep[i]]));
            for (int i = keepLow.length - 1; i >= 0; i--) d.append('L').append(point(c.x()[keepLow[i]], low[keepLow[i]]));
            d.append('Z');
            svg.empty("path", "class", "bd " + cls(c.series()), "d", d.toString());
        }
    }

    private double[] upper(FigureData.Curve c) {
        double[] out = new double[c.size()];
        for (int k = 0; k < out.length; k++) out[k] = Math.min(c.y()[k] + c.std()[k], yAxis.hi());
        return out;
    }

    private double[] lower(FigureData.Curve c) {
        double[] out = new double[c.size()];
        for (int k = 0; k < out.length; k++) out[k] = Math.max(c.y()[k] - c.std()[k], yAxis.lo());
        return out;
    }

    /** Curves as lines; in a descent figure the first is f and the others are iterates, drawn as dots. */
    private void lines() {
        for (FigureData.Curve c : data.curves()) {
            double[] x = px(c.x()), y = py(c.y());
            if (fig.kind() == Figure.Kind.DESCENT && c.series() >= 0) {
                dots(x, y, cls(c.series()));
            } else if (c.series() >= 0 && fig.series().get(c.series()).steps()) {
                // A staircase: each value held until the next point; a marked point k is vertex 2k.
                int n = x.length;
                double[] sx = new double[2 * n - 1], sy = new double[2 * n - 1];
                for (int k = 0; k < n; k++) {
                    sx[2 * k] = x[k];
                    sy[2 * k] = y[k];
                    if (k + 1 < n) { sx[2 * k + 1] = x[k + 1]; sy[2 * k + 1] = y[k]; }
                }
                int[] marked = java.util.Arrays.stream(marked(c)).map(k -> 2 * k).toArray();
                svg.empty("path", "class", "ln " + cls(c.series()), "d", polyline(sx, sy, Simplify.keep(sx, sy, marked)));
            } else {
                svg.empty("path", "class", "ln " + cls(c.series()), "d", polyline(x, y, Simplify.keep(x, y, marked(c))));
            }
        }
    }

    /** Indexes of the curve's points that are marked: they stay vertices of the drawn line. */
    private int[] marked(FigureData.Curve c) {
        int index = data.curves().indexOf(c);
        return data.marks().stream().filter(p -> p.curve() == index).mapToInt(p -> {
            for (int k = 0; k < c.size(); k++) if (c.x()[k] == p.x()) return k;
            return 0;
        }).distinct().sorted().toArray();
    }

    private void dots(double[] x, double[] y, String cls) {
        StringBuilder d = new StringBuilder();
        for (int i : Simplify.spaced(x, y, 2.5)) d.append('M').append(Svg.n(x[i])).append(' ').append(Svg.n(y[i])).append("h0");
        svg.empty("path", "class", "dt " + cls, "d", d.toString());
    }

    private void contours() {
        FigureData.Grid g = data.grid();
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double[] row : g.z()) for (double v : row) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        if (lo == hi) return;
        Ticks.Axis levels = Ticks.linear(lo, hi, 10);
        double gx = (right - left) / (g.xs().length - 1), gy = (bottom - top) / (g.ys().length - 1);
        for (Ticks.Tick t : levels.ticks()) {
            if (t.value() <= lo || t.value() >= hi) continue;
            StringBuilder d = new StringBuilder();
            for (double[] line : Contours.lines(g.z(), t.value())) {
                int n = line.length / 2;
                double[] x = new double[n], y = new double[n];
                for (int k = 0; k < n; k++) { x[k] = left + line[2 * k] * gx; y[k] = bottom - line[2 * k + 1] * gy; }
                d.append(polyline(x, y, Simplify.keep(x, y)));
            }
            String sign = Math.abs(t.value()) < 1e-12 * (hi - lo) ? "zero" : t.value() > 0 ? "pos" : "neg";
            if (d.length() > 0) svg.empty("path", "class", "lv " + sign, "d", d.toString());
        }
    }

    private void paths2() {
        for (FigureData.Curve c : data.curves()) {
            double[] x = px(c.x()), y = py(c.y());
            svg.empty("path", "class", "ln thin " + cls(c.series()), "d", polyline(x, y, Simplify.keep(x, y)));
            dots(x, y, cls(c.series()));
        }
    }

    private void bars() {
        int n = fig.categories().size(), m = data.curves().size();
        double slot = (right - left) / n, group = slot * 0.72, w = group / m;
        double zero = sy(0);
        for (FigureData.Curve c : data.curves()) {
            for (int k = 0; k < n; k++) {
                double x = left + slot * k + (slot - group) / 2 + w * c.series();
                double y = sy(c.y()[k]);
                svg.empty("rect", "class", "br " + cls(c.series()), "x", Svg.n(x + 0.5), "y", Svg.n(Math.min(y, zero)),
                        "width", Svg.n(w - 1), "height", Svg.n(Math.abs(zero - y)));
            }
        }
    }

    /** Axes, ticks, tick labels and axis labels. */
    private void frame() {
        StringBuilder d = new StringBuilder();
        d.append('M').append(Svg.n(left)).append(' ').append(Svg.n(top)).append('V').append(Svg.n(bottom)).append('H').append(Svg.n(right));
        if (fig.kind() == Figure.Kind.CONTOUR) d.append('V').append(Svg.n(top)).append('H').append(Svg.n(left));
        StringBuilder ticks = new StringBuilder();
        for (Ticks.Tick t : yAxis.ticks()) {
            double y = sy(t.value());
            ticks.append('M').append(Svg.n(left)).append(' ').append(Svg.n(y)).append('h').append(t.major() ? "-5" : "-3");
        }
        if (fig.kind() == Figure.Kind.BARS) {
            double slot = (right - left) / fig.categories().size();
            for (int k = 0; k < fig.categories().size(); k++) {
                double x = left + slot * (k + 0.5);
                svg.text(texts.categories().get(k), x, bottom + 18, "tk", "middle");
            }
        } else {
            for (Ticks.Tick t : xAxis.ticks()) {
                double x = sx(t.value());
                ticks.append('M').append(Svg.n(x)).append(' ').append(Svg.n(bottom)).append('v').append(t.major() ? "5" : "3");
            }
        }
        svg.empty("path", "class", "ax", "d", d + ticks.toString());
        if (fig.kind() != Figure.Kind.BARS) for (Ticks.Tick t : xAxis.major()) tickLabel(t.label(), sx(t.value()), bottom + 18, "middle");
        for (Ticks.Tick t : yAxis.major()) tickLabel(t.label(), left - 8, sy(t.value()) + 4, "end");
        if (!texts.xLabel().isEmpty()) svg.text(texts.xLabel(), (left + right) / 2, bottom + 38, "al", "middle");
        double cy = (top + bottom) / 2;
        double ly = left - yAxis.major().stream().mapToDouble(t -> textWidth(tickText(t.label()), TICK_FONT)).max().orElse(10) - 20;
        svg.raw("<text class=\"al\" text-anchor=\"middle\" transform=\"translate(" + Svg.n(ly) + " " + Svg.n(cy) + ") rotate(-90)\">"
                + Svg.escape(texts.yLabel()) + "</text>");
    }

    private void tickLabel(String label, double x, double y, String anchor) {
        if (label.startsWith("10^")) {
            String exponent = label.substring(3).replace('-', '\u2212');
            svg.raw("<text class=\"tk\" x=\"" + Svg.n(x) + "\" y=\"" + Svg.n(y) + "\" text-anchor=\"" + anchor
                    + "\">10<tspan dy=\"-5\" font-size=\"9\">" + exponent + "</tspan></text>");
        } else {
            svg.text(label, x, y, "tk", anchor);
        }
    }

    private static String tickText(String label) {
        return label.startsWith("10^") ? "10" + label.substring(3) : label;
    }

    /**
     * Marked points and their labels, kept inside the figure: a label that would leave it goes to
     * the other side, and one that would overlap an earlier label moves a line further out.
     */
    private void marks() {
        List<double[]> boxes = new ArrayList<>();
        for (FigureData.Point p : data.marks()) boxes.add(new double[] {sx(p.x()) - 5, sy(p.y()) - 5, sx(p.x()) + 5, sy(p.y()) + 5});
        for (int i = 0; i < data.marks().size(); i++) {
            FigureData.Point p = data.marks().get(i);
            double x = sx(p.x()), y = sy(p.y());
            svg.empty("circle", "class", "mk", "cx", Svg.n(x), "cy", Svg.n(y), "r", "4.5");
        }
        for (int i = 0; i < data.marks().size(); i++) {
            FigureData.Point p = data.marks().get(i);
            double x = sx(p.x()), y = sy(p.y());
            String label = texts.marks().get(i);
            double w = textWidth(label, MARK_FONT) * 1.08; // bold
            Figure.Place place = fig.marks().get(i).place();
            if (place == Figure.Place.RIGHT && x + 9 + w > WIDTH - 2) place = Figure.Place.LEFT;
            else if (place == Figure.Place.LEFT && x - 9 - w < 2) place = Figure.Place.RIGHT;
            if (place == Figure.Place.ABOVE && y - 10 - MARK_FONT < top - 10) place = Figure.Place.BELOW;
            else if (place == Figure.Place.BELOW && y + 20 > bottom + 12) place = Figure.Place.ABOVE;
            double tx = x, ty = y + 4.5;
            String anchor = "middle";
            switch (place) {
                case RIGHT -> { tx = x + 9; anchor = "start"; }
                case LEFT -> { tx = x - 9; anchor = "end"; }
                case ABOVE -> { ty = y - 10; tx = clamp(x, 2 + w / 2, WIDTH - 2 - w / 2); }
                case BELOW -> { ty = y + 21; tx = clamp(x, 2 + w / 2, WIDTH - 2 - w / 2); }
            }
            double x0 = anchor.equals("start") ? tx : anchor.equals("end") ? tx - w : tx - w / 2;
            double step = (MARK_FONT + 3) * (place == Figure.Place.ABOVE ? -1 : 1);
            for (int tries = 0; tries < 6 && overlaps(boxes, i, x0, ty - MARK_FONT + 2, x0 + w, ty + 3); tries++) ty += step;
            boxes.add(new double[] {x0, ty - MARK_FONT + 2, x0 + w, ty + 3});
            svg.text(label, tx, ty, "ml", anchor);
        }
    }

    /** Whether a label box meets an earlier label or any mark but its own ({@code own}). */
    private boolean overlaps(List<double[]> boxes, int own, double x0, double y0, double x1, double y1) {
        for (int b = 0; b < boxes.size(); b++) {
            if (b == own) continue;
            double[] o = boxes.get(b);
            if (x0 < o[2] && o[0] < x1 && y0 < o[3] && o[1] < y1) return true;
        }
        return false;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    // ---- legend

    private record Legend(String label, String swatch, String cls) {}

    private List<Legend> legend() {
        List<Legend> out = new ArrayList<>();
        switch (fig.kind()) {
            case SERIES -> data.curves().forEach(c -> out.add(new Legend(texts.series().get(c.series()), "line", cls(c.series()))));
            case BAND -> data.curves().forEach(c -> out.add(new Legend(texts.series().get(c.series()), "band", cls(c.series()))));
            case BARS -> data.curves().forEach(c -> out.add(new Legend(texts.series().get(c.series()), "bar", cls(c.series()))));
            case DESCENT -> {
                out.add(new Legend(texts.yLabel(), "line", cls(-1)));
                data.curves().stream().filter(c -> c.series() >= 0).forEach(c -> out.add(new Legend(texts.series().get(c.series()), "dots", cls(c.series()))));
            }
            case CONTOUR -> {
                data.curves().forEach(c -> out.add(new Legend(texts.series().get(c.series()), "path", cls(c.series()))));
                out.add(new Legend("f > 0", "level", "pos"));
                out.add(new Legend("f = 0", "level", "zero"));
                out.add(new Legend("f < 0", "level", "neg"));
            }
        }
        return out.size() > 1 ? out : List.of();
    }

    /** Legend entries in rows under the title; returns the baseline of the last row. */
    private double drawLegend(List<Legend> entries, double titleBaseline) {
        double y = titleBaseline;
        double x = WIDTH;
        for (Legend e : entries) {
            double w = 26 + textWidth(e.label(), TICK_FONT) + 18;
            if (x + w > WIDTH) {
                x = 0;
                y += 20;
            }
            double my = y - 4;
            switch (e.swatch()) {
                case "line" -> svg.empty("path", "class", "ln " + e.cls(), "d", "M" + Svg.n(x) + " " + Svg.n(my) + "h20");
                case "band" -> {
                    svg.empty("rect", "class", "bd " + e.cls(), "x", Svg.n(x), "y", Svg.n(my - 6), "width", "20", "height", "12");
                    svg.empty("path", "class", "ln " + e.cls(), "d", "M" + Svg.n(x) + " " + Svg.n(my) + "h20");
                }
                case "bar" -> svg.empty("rect", "class", "br " + e.cls(), "x", Svg.n(x + 4), "y", Svg.n(my - 6), "width", "12", "height", "12");
                case "dots" -> svg.empty("path", "class", "dt " + e.cls(), "d", "M" + Svg.n(x + 4) + " " + Svg.n(my) + "h0M" + Svg.n(x + 10) + " " + Svg.n(my) + "h0M" + Svg.n(x + 16) + " " + Svg.n(my) + "h0");
                case "path" -> {
                    svg.empty("path", "class", "ln thin " + e.cls(), "d", "M" + Svg.n(x) + " " + Svg.n(my) + "h20");
                    svg.empty("path", "class", "dt " + e.cls(), "d", "M" + Svg.n(x + 4) + " " + Svg.n(my) + "h0M" + Svg.n(x + 16) + " " + Svg.n(my) + "h0");
                }
                default -> svg.empty("path", "class", "lv " + e.cls(), "d", "M" + Svg.n(x) + " " + Svg.n(my) + "h20");
            }
            svg.text(e.label(), x + 26, y, "lg", "start");
            x += w;
        }
        return y;
    }

    // ---- helpers

    /** The class of series {@code i}: colour (and dash) s1..s5; in a descent figure f is s1 and paths follow. */
    private String cls(int series) {
        int k = fig.kind() == Figure.Kind.DESCENT ? series + 1 : series;
        return "s" + (k % 5 + 1);
    }

    private double[] px(double[] xs) {
        double[] out = new double[xs.length];
        for (int i = 0; i < out.length; i++) out[i] = sx(xs[i]);
        return out;
    }

    private double[] py(double[] ys) {
        double[] out = new double[ys.length];
        for (int i = 0; i < out.length; i++) out[i] = sy(ys[i]);
        return out;
    }

    private String point(double x, double y) {
        return Svg.n(sx(x)) + " " + Svg.n(sy(y));
    }

    /** "M x y L x y x y ...", dropping points that round to the one before. */
    private static String polyline(double[] x, double[] y, int[] keep) {
        StringBuilder d = new StringBuilder();
        String last = null;
        int written = 0;
        for (int i : keep) {
            String p = Svg.n(x[i]) + " " + Svg.n(y[i]);
            if (p.equals(last)) continue;
            d.append(written == 0 ? "M" : written == 1 ? "L" : " ").append(p);
            last = p;
            written++;
        }
        return d.toString();
    }

    static double textWidth(String text, int fontSize) {
        return text.length() * fontSize * CHAR;
    }
}
