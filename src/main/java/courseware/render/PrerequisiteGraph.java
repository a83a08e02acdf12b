package courseware.render;

import courseware.model.Course;
import courseware.model.Lesson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The course's prerequisite graph as inline SVG, laid out in rows by prerequisite depth (a lesson sits
 * one row below its deepest prerequisite); within a row, written lessons in reading order, then planned
 * ones by id. Arrows lead from a prerequisite to the lesson that needs it. No randomness and no
 * floating point in the output beyond integers, so the markup is stable.
 */
final class PrerequisiteGraph {
    private static final int W = 236, H = 62, GAP_X = 24, GAP_Y = 46, PAD = 8, CHARS = 28;

    private PrerequisiteGraph() {}

    /** Null when no lesson has a prerequisite: there is nothing to draw. */
    static String svg(Course course, Function<String, Views.LessonLink> link) {
        List<Lesson> order = course.lessons();
        Set<String> nodes = new LinkedHashSet<>();
        List<String[]> edges = new ArrayList<>();
        for (Lesson l : order) {
            nodes.add(l.id());
            for (String p : l.meta().prerequisites()) edges.add(new String[] {p, l.id()});
        }
        if (edges.isEmpty()) return null;
        new java.util.TreeSet<>(edges.stream().map(e -> e[0]).filter(id -> !nodes.contains(id)).toList()).forEach(nodes::add);

        Map<String, Integer> depth = new HashMap<>();
        for (String id : nodes) depth(id, course, depth, new java.util.HashSet<>());
        Map<Integer, List<String>> rows = new TreeMap<>();
        for (String id : nodes) rows.computeIfAbsent(depth.get(id), k -> new ArrayList<>()).add(id);
        int widest = rows.values().stream().mapToInt(List::size).max().orElse(1);
        int width = PAD * 2 + widest * W + (widest - 1) * GAP_X;
        int height = PAD * 2 + rows.size() * H + (rows.size() - 1) * GAP_Y;

        Map<String, int[]> at = new HashMap<>();
        int r = 0;
        for (List<String> row : rows.values()) {
            int rowWidth = row.size() * W + (row.size() - 1) * GAP_X;
            int x = (width - rowWidth) / 2;
            for (String id : row) {
                at.put(id, new int[] {x, PAD + r * (H + GAP_Y)});
                x += W + GAP_X;
            }
            r++;
        }

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"group\" aria-label=\"Prerequisite graph\">")
                .append("<defs><marker id=\"prereq-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                        + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path class=\"arrow\" d=\"M0 0L10 5L0 10z\"/></marker></defs>");
        for (String[] e : edges) {
            int[] from = at.get(e[0]), to = at.get(e[1]);
            int x1 = from[0] + W / 2, y1 = from[1] + H, x2 = to[0] + W / 2, y2 = to[1] - 2;
            int bend = (y2 - y1) / 2;
            svg.append("<path class=\"edge\" marker-end=\"url(#prereq-arrow)\" d=\"M").append(x1).append(' ').append(y1)
                    .append("C").append(x1).append(' ').append(y1 + bend).append(' ').append(x2).append(' ').append(y2 - bend)
                    .append(' ').append(x2).append(' ').append(y2).append("\"/>");
        }
        for (String id : nodes) {
            Views.LessonLink l = link.apply(id);
            int[] p = at.get(id);
            StringBuilder node = new StringBuilder();
            node.append("<g class=\"node").append(l.planned() ? " planned" : "").append("\">")
                    .append("<rect x=\"").append(p[0]).append("\" y=\"").append(p[1]).append("\" width=\"").append(W)
                    .append("\" height=\"").append(H).append("\" rx=\"6\"/>");
            List<String> lines = new ArrayList<>();
            lines.add(id + (l.planned() ? " (planned)" : ""));
            lines.addAll(wrap(l.title()));
            for (int i = 0; i < lines.size(); i++) {
                node.append("<text x=\"").append(p[0] + 10).append("\" y=\"").append(p[1] + 18 + i * 17).append("\"")
                        .append(i == 0 ? " font-weight=\"600\"" : "").append('>').append(escape(lines.get(i))).append("</text>");
            }
            node.append("</g>");
            if (l.planned()) svg.append(node);
            else svg.append("<a href=\"").append(escape(l.href())).append("\">").append(node).append("</a>");
        }
        return svg.append("</svg>").toString();
    }

    private static int depth(String id, Course course, Map<String, Integer> depth, Set<String> visiting) {
        Integer known = depth.get(id);
        if (known != null) return known;
        Lesson l = course.lessonsById().get(id);
        int d = 0;
        if (l != null && visiting.add(id)) {
            for (String p : l.meta().prerequisites()) d = Math.max(d, 1 + depth(p, course, depth, visiting));
            visiting.remove(id);
        }
        depth.put(id, d);
        return d;
    }

    /** At most two lines of about {@code CHARS} characters, cut at spaces; the second ends in … if cut short. */
    static List<String> wrap(String title) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = title.split(" ");
        int i = 0;
        for (; i < words.length; i++) {
            if (line.length() > 0 && line.length() + 1 + words[i].length() > CHARS) {
                lines.add(line.toString());
                line.setLength(0);
                if (lines.size() == 2) break;
            }
            if (line.length() > 0) line.append(' ');
            line.append(words[i]);
        }
        if (lines.size() < 2 && line.length() > 0) lines.add(line.toString());
        else if (i < words.length) lines.set(1, lines.get(1) + "…");
        return lines;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
