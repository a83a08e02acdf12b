package courseware.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import courseware.diag.Diagnostics;
import courseware.diag.Pos;
import courseware.diag.Suggest;
import courseware.model.Figure;
import courseware.model.FigureText;
import courseware.model.Markup;
import courseware.model.ValueRef;
import courseware.parse.blocks.BlockKind;
import courseware.parse.value.internal.ValueInlineParserExtension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads one {@code figure} block (YAML, docs/figures.md) into a {@link Figure}: which keys each kind
 * takes, texts with their {@code {{ }}} values, the caption as Markdown, and every expression with
 * the place it is written, so the check stage reports a problem inside one at its column.
 */
final class FigureReader {
    /** The YAML shape of a figure block; {@link YamlText} keeps where each scalar starts. */
    record FigureBlock(YamlText kind, YamlText title, YamlText caption, AxisBlock x, AxisBlock y, YamlText f,
            List<SeriesBlock> series, List<MarkBlock> marks, List<YamlText> categories) {}

    record AxisBlock(YamlText label, YamlText from, YamlText to, YamlText over, YamlText scale) {}

    record SeriesBlock(YamlText label, YamlText y, YamlText x, YamlText std, YamlText path, YamlText style) {}

    record MarkBlock(YamlText x, YamlText y, YamlText label, YamlText place, YamlText on) {}

    private static final List<String> KINDS = Arrays.stream(Figure.Kind.values()).map(Figure.Kind::word).toList();

    private final Markdown markdown;
    private final Yaml yaml;

    FigureReader(Markdown markdown, Yaml yaml) {
        this.markdown = markdown;
        this.yaml = yaml;
    }

    /** The figure of a block; empty (with every problem reported) when it cannot be drawn. */
    Optional<Figure> read(FencedCodeBlock block, PosMap positions, Diagnostics diagnostics) {
        Pos at = positions.at(block.getStartOffset());
        if (!(block.getParent() instanceof Document)) {
            diagnostics.error(at, "a figure block stands on its own at the top level of a part, not inside a list or a quote");
            return Optional.empty();
        }
        Pos content = positions.at(block.getContentChars().getStartOffset());
        Yaml.Origin origin = new Yaml.Origin(content.source(), content.line(), 0);
        Optional<FigureBlock> parsed = yaml.read(block.getContentChars().toString(), FigureBlock.class, origin, diagnostics);
        if (parsed.isEmpty()) return Optional.empty();
        return new Reading(parsed.get(), at, origin, diagnostics).figure();
    }

    /** One block being read; {@code ok} turns false at the first problem, so nothing half-valid is drawn. */
    private final class Reading {
        private final FigureBlock b;
        private final Pos at;
        private final Yaml.Origin origin;
        private final Diagnostics diagnostics;
        private boolean ok = true;

        Reading(FigureBlock b, Pos at, Yaml.Origin origin, Diagnostics diagnostics) {
            this.b = b;
            this.at = at;
            this.origin = origin;
            this.diagnostics = diagnostics;
        }

        Optional<Figure> figure() {
            if (b.kind() == null) {
                error(at, "a figure needs 'kind': one of " + String.join(", ", KINDS));
                return Optional.empty();
            }
            String word = b.kind().value().strip().toLowerCase(Locale.ROOT);
            if (!KINDS.contains(word)) {
                error(where(b.kind()), "unknown figure kind '" + b.kind().value() + "'" + Suggest.hint(word, KINDS)
                        + "; kinds are " + String.join(", ", KINDS));
                return Optional.empty();
            }
            Figure.Kind kind = Figure.Kind.valueOf(word.toUpperCase(Locale.ROOT));
            if (b.title() == null || b.title().value().isBlank()) error(at, "a figure needs a 'title' (screen readers announce it)");
            if (b.caption() == null || b.caption().value().isBlank()) error(at, "a figure needs a 'caption' that says what it shows");
            FigureText title = text(b.title());
            Markup caption = caption(b.caption());
            Figure.Axis x = axis("x", b.x(), kind);
            Figure.Axis y = axis("y", b.y(), kind);
            allowed(kind, "f", b.f(), Figure.Kind.DESCENT, Figure.Kind.CONTOUR);
            if ((kind == Figure.Kind.DESCENT || kind == Figure.Kind.CONTOUR) && b.f() == null) {
                error(at, "a " + kind.word() + " figure needs 'f': the objective, as in gd(\"sin(x) + b*x\", ...), or its name");
            }
            allowed(kind, "categories", b.categories() == null || b.categories().isEmpty() ? null : b.categories().get(0), Figure.Kind.BARS);
            List<FigureText> categories = new ArrayList<>();
            if (kind == Figure.Kind.BARS) {
                if (b.categories() == null || b.categories().isEmpty()) error(at, "a bars figure needs 'categories': one label per bar group");
                else b.categories().forEach(c -> categories.add(text(c)));
            }
            List<Figure.Series> series = new ArrayList<>();
            List<SeriesBlock> given = b.series() == null ? List.of() : b.series();
            if (given.isEmpty() && kind != Figure.Kind.DESCENT) error(at, "a " + kind.word() + " figure needs 'series': what to draw");
            for (SeriesBlock s : given) series(s, kind, x).ifPresent(series::add);
            List<Figure.Mark> marks = new ArrayList<>();
            List<MarkBlock> givenMarks = b.marks() == null ? List.of() : b.marks();
            if (!givenMarks.isEmpty() && kind == Figure.Kind.BARS) error(where(givenMarks.get(0).x()), "bars figures take no 'marks'");
            else for (MarkBlock m : givenMarks) mark(m, kind).ifPresent(marks::add);
            if (!ok) return Optional.empty();
            return Optional.of(new Figure(at, kind, title, caption, x, y, code(b.f()), series, marks, categories));
        }

        private Figure.Axis axis(String name, AxisBlock a, Figure.Kind kind) {
            if (a == null) {
                if (!(kind == Figure.Kind.BARS && name.equals("x"))) error(at, "a figure needs '" + name + "' with at least a 'label'");
                return new Figure.Axis(FigureText.EMPTY, null, null, null, null, Figure.Scale.LINEAR);
            }
            if (a.label() == null && !(kind == Figure.Kind.BARS && name.equals("x"))) {
                error(at, "axis '" + name + "' needs a 'label' (what it measures, with its unit if it has one)");
            }
            Figure.Scale scale = Figure.Scale.LINEAR;
            if (a.scale() != null) {
                String s = a.scale().value().strip().toLowerCase(Locale.ROOT);
                List<String> scales = List.of("linear", "log");
                if (!scales.contains(s)) {
                    error(where(a.scale()), "unknown scale '" + a.scale().value() + "'" + Suggest.hint(s, scales) + "; use linear or log");
                } else {
                    scale = s.equals("log") ? Figure.Scale.LOG : Figure.Scale.LINEAR;
                    if (scale == Figure.Scale.LOG && (name.equals("x") || kind == Figure.Kind.BARS || kind == Figure.Kind.CONTOUR)) {
                        error(where(a.scale()), "only the y axis of a series, band or descent figure takes scale: log");
                    }
                }
            }
            String over = null;
            Pos overPos = null;
            if (a.over() != null) {
                over = a.over().value().strip();
                overPos = where(a.over());
                if (!name.equals("x") || kind != Figure.Kind.SERIES) {
                    error(overPos, "'over' belongs to the x axis of a series figure: the name each point binds (over: step)");
                } else if (!over.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    error(overPos, "'over' is a name such as step, not '" + over + "'");
                } else if (a.from() == null || a.to() == null) {
                    error(overPos, "'over: " + over + "' needs 'from' and 'to': the first and last value of " + over);
                }
            }
            boolean rangeNeeded = kind == Figure.Kind.DESCENT && name.equals("x") || kind == Figure.Kind.CONTOUR;
            if (rangeNeeded && (a.from() == null || a.to() == null)) {
                error(at, "a " + kind.word() + " figure needs '" + name + "' with 'from' and 'to': the range to draw f over");
            }
            if (kind == Figure.Kind.BARS && name.equals("x") && (a.from() != null || a.to() != null)) {
                error(where(a.from() != null ? a.from() : a.to()), "the x axis of a bars figure is its categories; it takes no 'from' or 'to'");
            }
            return new Figure.Axis(text(a.label()), code(a.from()), code(a.to()), over, overPos, scale);
        }

        private Optional<Figure.Series> series(SeriesBlock s, Figure.Kind kind, Figure.Axis x) {
            if (s == null) {
                error(at, "a series is a mapping with keys such as label and y");
                return Optional.empty();
            }
            YamlText first = firstOf(s.label(), s.y(), s.x(), s.std(), s.path(), s.style());
            Pos pos = first == null ? at : where(first);
            boolean paths = kind == Figure.Kind.DESCENT || kind == Figure.Kind.CONTOUR;
            allowed(kind, "std", s.std(), Figure.Kind.BAND);
            allowed(kind, "path", s.path(), Figure.Kind.DESCENT, Figure.Kind.CONTOUR);
            if (kind == Figure.Kind.DESCENT || kind == Figure.Kind.BARS) allowed(kind, "x", s.x());
            if (kind == Figure.Kind.DESCENT) allowed(kind, "y", s.y());
            if (s.label() == null) error(pos, "every series needs a 'label' for the legend and the data table");
            if (!paths && s.y() == null) error(pos, "a series needs 'y': a vector such as run.path, or an expression in the x axis' 'over' name");
            if (kind == Figure.Kind.BAND && s.std() == null) error(pos, "a band series needs 'std': the half-width of its band, one value per point");
            if (kind == Figure.Kind.DESCENT && s.path() == null) error(pos, "a descent series needs 'path': a gd(...) result or a vector of iterates");
            if (kind == Figure.Kind.CONTOUR && s.path() == null && (s.x() == null || s.y() == null)) {
                error(pos, "a contour series needs 'path': a gd(...) result in two variables (or 'x' and 'y' vectors)");
            }
            if (kind == Figure.Kind.CONTOUR && s.path() != null && (s.x() != null || s.y() != null)) {
                error(where(firstOf(s.x(), s.y())), "give a contour series either 'path' or 'x' and 'y', not both");
            }
            if (kind == Figure.Kind.SERIES && x.over() != null && s.x() != null) {
                error(where(s.x()), "this series runs over '" + x.over() + "' from the x axis; it takes no 'x' of its own");
            }
            allowed(kind, "style", s.style(), Figure.Kind.SERIES, Figure.Kind.BAND);
            boolean steps = false;
            if (s.style() != null) {
                String style = s.style().value().strip().toLowerCase(Locale.ROOT);
                List<String> styles = List.of("line", "steps");
                if (!styles.contains(style)) {
                    error(where(s.style()), "unknown style '" + s.style().value() + "'" + Suggest.hint(style, styles)
                            + "; a series is drawn as a line (between its points) or as steps (each value held until the next point)");
                }
                steps = style.equals("steps");
            }
            return Optional.of(new Figure.Series(pos, text(s.label()), code(s.y()), code(s.x()), code(s.std()), code(s.path()), steps));
        }

        private Optional<Figure.Mark> mark(MarkBlock m, Figure.Kind kind) {
            if (m == null || m.x() == null) {
                error(m == null ? at : where(firstOf(m.label(), m.y(), m.place(), m.on())), "every mark needs 'x': where on the curve it sits");
                return Optional.empty();
            }
            Pos pos = where(m.x());
            if (m.label() == null) error(pos, "every mark needs a 'label' that says what the point is");
            if (kind == Figure.Kind.CONTOUR && m.y() == null) error(pos, "a mark of a contour figure needs 'y' too: it is a point of the plane");
            if (kind == Figure.Kind.CONTOUR && m.on() != null) error(where(m.on()), "marks of a contour figure are points of the plane; 'on' does not apply");
            Figure.Place place = Figure.Place.RIGHT;
            if (m.place() != null) {
                String p = m.place().value().strip().toLowerCase(Locale.ROOT);
                List<String> places = Arrays.stream(Figure.Place.values()).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
                if (places.contains(p)) place = Figure.Place.valueOf(p.toUpperCase(Locale.ROOT));
                else error(where(m.place()), "unknown place '" + m.place().value() + "'" + Suggest.hint(p, places)
                        + "; a label goes " + String.join(", ", places) + " its point");
            }
            String on = m.on() == null ? null : m.on().value().strip();
            int index = -1;
            if (on != null) {
                List<String> labels = (b.series() == null ? List.<SeriesBlock>of() : b.series()).stream()
                        .map(s -> s == null || s.label() == null ? "" : s.label().value().strip()).toList();
                index = labels.indexOf(on);
                if (index < 0) {
                    error(where(m.on()), "no series labelled '" + on + "'" + Suggest.hint(on, labels)
                            + "; 'on' names a series by its label: " + String.join(", ", labels.stream().map(l -> "'" + l + "'").toList()));
                }
            }
            return Optional.of(new Figure.Mark(pos, code(m.x()), code(m.y()), text(m.label()), place, index));
        }

        /** Reports a key given to a kind that does not use it. */
        private void allowed(Figure.Kind kind, String key, YamlText value, Figure.Kind... kinds) {
            if (value == null || Arrays.asList(kinds).contains(kind)) return;
            error(where(value), "'" + key + "' does not apply to a " + kind.word() + " figure"
                    + (kinds.length == 0 ? "" : "; it is for " + String.join(" and ", Arrays.stream(kinds).map(Figure.Kind::word).toList()) + " figures"));
        }

        private Figure.Code code(YamlText t) {
            if (t == null) return null;
            PosMap p = QuizReader.positions(t, origin);
            String raw = t.value();
            int lead = raw.length() - raw.stripLeading().length();
            return new Figure.Code(raw.strip(), p.at(lead));
        }

        /** A text with {@code {{ }}} values; its literal parts are written as they are. */
        private FigureText text(YamlText t) {
            if (t == null) return FigureText.EMPTY;
            String value = t.value().strip();
            int shift = t.value().indexOf(value);
            PosMap p = QuizReader.positions(t, origin);
            List<String> literals = new ArrayList<>();
            List<ValueRef> refs = new ArrayList<>();
            int from = 0;
            for (int open = value.indexOf("{{"); open >= 0; open = value.indexOf("{{", from)) {
                int close = ValueInlineParserExtension.indexOfClose(value, open + 2);
                if (close < 0) {
                    error(p.at(shift + open), "'{{' is not closed: write each value as {{ ... }}");
                    break;
                }
                int inner = shift + open + 2;
                Optional<ValueRef> ref = ValueSyntax.parse(value.substring(open + 2, close), k -> p.at(inner + k), diagnostics);
                if (ref.isEmpty()) ok = false;
                literals.add(value.substring(from, open));
                refs.add(ref.orElse(new ValueRef("", p.at(inner), null)));
                from = close + 2;
            }
            literals.add(value.substring(from));
            return new FigureText(literals, refs);
        }

        private Markup caption(YamlText t) {
            if (t == null) return Markup.EMPTY;
            PosMap p = QuizReader.positions(t, origin);
            Document doc = markdown.parse(t.value());
            for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
                if (BlockKind.of(n).isPresent()) error(p.at(0), "a caption holds text, math and values, not a ```" + BlockKind.of(n).get().info() + " block");
            }
            if (!ok) return Markup.EMPTY;
            InlineChecks.check(doc, p, diagnostics);
            return markdown.markup(Markdown.children(doc), p, diagnostics);
        }

        private Pos where(YamlText t) {
            return t == null ? at : QuizReader.positions(t, origin).at(0);
        }

        private void error(Pos pos, String message) {
            diagnostics.error(pos, message);
            ok = false;
        }
    }

    private static YamlText firstOf(YamlText... texts) {
        Map<Long, YamlText> byPlace = new TreeMap<>();
        for (YamlText t : texts) if (t != null) byPlace.putIfAbsent(((long) t.line() << 20) + t.col(), t);
        return byPlace.isEmpty() ? null : byPlace.values().iterator().next();
    }
}
