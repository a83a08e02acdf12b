package courseware.render.figure;

import courseware.check.FigureData;
import courseware.model.Figure;
import courseware.model.FigureText;
import courseware.model.NumberText;
import courseware.model.ValueRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A figure as HTML: {@code <figure>} holding the inline SVG ({@code role="img"}, its title and a
 * description) and the caption, followed by a collapsible table of the plotted numbers for screen readers and
 * for anyone who wants the values, the two in one {@code <div class="fig-block">}. The table stands after the
 * figure, not in it: HTML allows a {@code <figcaption>} only as a figure's first or last child, and a caption first
 * or the table between the plot and its caption would change what is read and seen in which order (plot, caption,
 * values). Pages stay free of JavaScript.
 */
public final class FigureHtml {
    /** Most rows a data table shows per series; longer series are sampled evenly, ends included. */
    static final int TABLE_ROWS = 41;

    private FigureHtml() {}

    /**
     * @param shown       a value's text as the learner reads it (its checked display)
     * @param shownHtml   the same as HTML, with its checked mark
     * @param captionHtml the caption, typeset
     * @param id          unique on the page; prefixes the ids the SVG's title and description use
     */
    public static String render(Figure fig, FigureData data, Function<ValueRef, String> shown, Function<ValueRef, String> shownHtml,
            String captionHtml, String id) {
        FigureSvg.Texts texts = texts(fig, data, shown);
        StringBuilder out = new StringBuilder();
        out.append("<div class=\"fig-block\">\n");
        out.append("<figure class=\"fig fig-").append(fig.kind().word()).append("\" id=\"").append(id).append("\">\n");
        out.append("<div class=\"fig-plot\">").append(new FigureSvg(fig, data, texts, id).draw()).append("</div>\n");
        out.append("<figcaption>").append(captionHtml.strip()).append("</figcaption>\n");
        out.append("</figure>\n");
        out.append(table(fig, data, texts, shownHtml));
        out.append("</div>");
        return out.toString();
    }

    static FigureSvg.Texts texts(Figure fig, FigureData data, Function<ValueRef, String> display) {
        // A value's minus sign drawn as a real minus, like the tick labels.
        Function<ValueRef, String> shown = ref -> display.apply(ref).replaceAll("(^|[^\\w.])-(?=[\\d.])", "$1\u2212");
        List<String> series = fig.series().stream().map(s -> s.label().render(shown).strip()).toList();
        List<String> marks = fig.marks().stream().map(m -> m.label().render(shown).strip()).toList();
        List<String> categories = fig.categories().stream().map(c -> c.render(shown).strip()).toList();
        String title = fig.title().render(shown).strip();
        String x = fig.x().label().render(shown).strip(), y = fig.y().label().render(shown).strip();
        String what = switch (fig.kind()) {
            case SERIES -> "Line chart of " + y + " against " + x;
            case BAND -> "Line chart of " + y + " against " + x + ", each line with a band of one standard deviation either side";
            case DESCENT -> "Plot of " + y + " against " + x + " with gradient-descent iterates as dots";
            case CONTOUR -> "Contour plot of f over " + x + " and " + y + ", solid where f is positive, dashed where negative";
            case BARS -> "Bar chart of " + y + (x.isEmpty() ? "" : " by " + x);
        };
        StringBuilder desc = new StringBuilder(what).append('.');
        if (!series.isEmpty()) desc.append(" Series: ").append(String.join("; ", series)).append('.');
        if (!marks.isEmpty()) desc.append(" Marked: ").append(String.join("; ", marks)).append('.');
        desc.append(" The data table below lists the values.");
        return new FigureSvg.Texts(title, x, y, series, marks, categories, desc.toString());
    }

    // ---- the data table

    private static String table(Figure fig, FigureData data, FigureSvg.Texts texts, Function<ValueRef, String> shownHtml) {
        StringBuilder out = new StringBuilder("<details class=\"fig-data\"><summary>Data table</summary>\n");
        if (!data.marks().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < data.marks().size(); i++) {
                FigureData.Point p = data.marks().get(i);
                rows.add(List.of(html(fig.marks().get(i).label(), shownHtml), NumberText.table(p.x()), NumberText.table(p.y())));
            }
            out.append(grid("Marked points", List.of("point", esc(texts.xLabel()), esc(texts.yLabel())), rows, 0));
        }
        switch (fig.kind()) {
            case BARS -> {
                List<String> head = new ArrayList<>(List.of(texts.xLabel().isEmpty() ? "category" : esc(texts.xLabel())));
                texts.series().forEach(s -> head.add(esc(s)));
                List<List<String>> rows = new ArrayList<>();
                for (int k = 0; k < texts.categories().size(); k++) {
                    List<String> row = new ArrayList<>(List.of(esc(texts.categories().get(k))));
                    for (FigureData.Curve c : data.curves()) row.add(NumberText.table(c.y()[k]));
                    rows.add(row);
                }
                out.append(grid(esc(texts.yLabel()), head, rows, 0));
            }
            case DESCENT, CONTOUR -> {
                for (FigureData.Curve c : data.curves()) {
                    if (c.series() < 0) continue;
                    List<String> head = List.of("step", esc(texts.xLabel()), esc(texts.yLabel()));
                    List<List<String>> rows = new ArrayList<>();
                    int[] at = sample(c.size());
                    for (int k : at) rows.add(List.of(String.valueOf(k), NumberText.table(c.x()[k]), NumberText.table(c.y()[k])));
                    out.append(grid(esc(texts.series().get(c.series())), head, rows, c.size()));
                }
                if (fig.kind() == Figure.Kind.DESCENT && data.curves().size() == 1) {
                    FigureData.Curve f = data.curves().get(0);
                    List<List<String>> rows = new ArrayList<>();
                    for (int k : sample(f.size())) rows.add(List.of(NumberText.table(f.x()[k]), NumberText.table(f.y()[k])));
                    out.append(grid(esc(texts.yLabel()), List.of(esc(texts.xLabel()), esc(texts.yLabel())), rows, f.size()));
                }
            }
            case SERIES, BAND -> {
                boolean shared = data.curves().stream().allMatch(c -> Arrays.equals(c.x(), data.curves().get(0).x()));
                List<List<FigureData.Curve>> groups = new ArrayList<>();
                if (shared) groups.add(data.curves());
                else data.curves().forEach(c -> groups.add(List.of(c)));
                for (List<FigureData.Curve> group : groups) {
                    List<String> head = new ArrayList<>(List.of(esc(texts.xLabel())));
                    for (FigureData.Curve c : group) {
                        head.add(esc(texts.series().get(c.series())));
                        if (c.std() != null) head.add("± std");
                    }
                    FigureData.Curve first = group.get(0);
                    TreeSet<Integer> at = new TreeSet<>();
                    for (int k : sample(first.size())) at.add(k);
                    List<List<String>> rows = new ArrayList<>();
                    for (int k : at) {
                        List<String> row = new ArrayList<>(List.of(NumberText.table(first.x()[k])));
                        for (FigureData.Curve c : group) {
                            row.add(NumberText.table(c.y()[k]));
                            if (c.std() != null) row.add(NumberText.table(c.std()[k]));
                        }
                        rows.add(row);
                    }
                    out.append(grid(group.size() == 1 && !shared ? esc(texts.series().get(first.series())) : esc(texts.yLabel()), head, rows, first.size()));
                }
            }
        }
        return out.append("</details>\n").toString();
    }

    /** Row indexes: all of a short series, else {@link #TABLE_ROWS} spread evenly with both ends. */
    static int[] sample(int n) {
        if (n <= TABLE_ROWS) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            return all;
        }
        TreeSet<Integer> at = new TreeSet<>();
        for (int k = 0; k < TABLE_ROWS; k++) at.add((int) Math.round((double) k * (n - 1) / (TABLE_ROWS - 1)));
        return at.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String grid(String caption, List<String> head, List<List<String>> rows, int total) {
        StringBuilder out = new StringBuilder("<table class=\"table\"><caption>").append(caption);
        if (total > rows.size()) out.append(" (").append(rows.size()).append(" of ").append(total).append(" points, evenly spaced)");
        out.append("</caption>\n<thead><tr>");
        head.forEach(h -> out.append("<th scope=\"col\">").append(h).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) out.append(i == 0 ? "<th scope=\"row\">" : "<td>").append(row.get(i)).append(i == 0 ? "</th>" : "</td>");
            out.append("</tr>\n");
        }
        return out.append("</tbody></table>\n").toString();
    }

    private static String html(FigureText text, Function<ValueRef, String> shownHtml) {
        StringBuilder out = new StringBuilder(esc(text.literals().get(0)));
        for (int i = 0; i < text.refs().size(); i++) out.append(shownHtml.apply(text.refs().get(i))).append(esc(text.literals().get(i + 1)));
        return out.toString().strip();
    }

    private static String esc(String s) {
        return Svg.escape(s);
    }
}
