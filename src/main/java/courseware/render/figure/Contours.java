package courseware.render.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Level lines of a grid by marching squares: per cell, the edges where the level is crossed
 * (linear interpolation; a saddle cell is split by its centre value), joined end to end into
 * polylines. Coordinates are grid coordinates: x in [0, nx - 1], y in [0, ny - 1].
 */
final class Contours {
    private Contours() {}

    /** Polylines (x0, y0, x1, y1, ...) where {@code z} equals {@code level}; {@code z[j][i]} at column i, row j. */
    static List<double[]> lines(double[][] z, double level) {
        List<double[]> segments = new ArrayList<>();
        int ny = z.length, nx = z[0].length;
        for (int j = 0; j + 1 < ny; j++) {
            for (int i = 0; i + 1 < nx; i++) {
                double a = z[j][i], b = z[j][i + 1], c = z[j + 1][i + 1], d = z[j + 1][i];
                int code = (a >= level ? 1 : 0) | (b >= level ? 2 : 0) | (c >= level ? 4 : 0) | (d >= level ? 8 : 0);
                if (code == 0 || code == 15) continue;
                // Edge points: bottom (a-b), right (b-c), top (d-c), left (a-d).
                double[] bottom = {i + t(a, b, level), j}, right = {i + 1, j + t(b, c, level)};
                double[] top = {i + t(d, c, level), j + 1}, left = {i, j + t(a, d, level)};
                double centre = (a + b + c + d) / 4;
                switch (code) {
                    case 1, 14 -> add(segments, left, bottom);
                    case 2, 13 -> add(segments, bottom, right);
                    case 3, 12 -> add(segments, left, right);
                    case 4, 11 -> add(segments, right, top);
                    case 6, 9 -> add(segments, bottom, top);
                    case 7, 8 -> add(segments, left, top);
                    case 5 -> {
                        if (centre >= level) { add(segments, left, top); add(segments, bottom, right); }
                        else { add(segments, left, bottom); add(segments, right, top); }
                    }
                    case 10 -> {
                        if (centre >= level) { add(segments, left, bottom); add(segments, right, top); }
                        else { add(segments, left, top); add(segments, bottom, right); }
                    }
                    default -> { }
                }
            }
        }
        return join(segments);
    }

    private static double t(double from, double to, double level) {
        return from == to ? 0.5 : Math.max(0, Math.min(1, (level - from) / (to - from)));
    }

    private static void add(List<double[]> segments, double[] p, double[] q) {
        if (p[0] != q[0] || p[1] != q[1]) segments.add(new double[] {p[0], p[1], q[0], q[1]});
    }

    /** Chains segments that share an end point into polylines, in a fixed order. */
    private static List<double[]> join(List<double[]> segments) {
        Map<Long, List<Integer>> byEnd = new HashMap<>();
        for (int s = 0; s < segments.size(); s++) {
            double[] g = segments.get(s);
            byEnd.computeIfAbsent(key(g[0], g[1]), k -> new ArrayList<>()).add(s);
            byEnd.computeIfAbsent(key(g[2], g[3]), k -> new ArrayList<>()).add(s);
        }
        boolean[] used = new boolean[segments.size()];
        List<double[]> lines = new ArrayList<>();
        for (int s = 0; s < segments.size(); s++) {
            if (used[s]) continue;
            used[s] = true;
            double[] g = segments.get(s);
            java.util.ArrayDeque<double[]> line = new java.util.ArrayDeque<>();
            line.add(new double[] {g[0], g[1]});
            line.add(new double[] {g[2], g[3]});
            extend(line, false, segments, byEnd, used);
            extend(line, true, segments, byEnd, used);
            double[] flat = new double[line.size() * 2];
            int k = 0;
            for (double[] p : line) { flat[k++] = p[0]; flat[k++] = p[1]; }
            lines.add(flat);
        }
        return lines;
    }

    private static void extend(java.util.ArrayDeque<double[]> line, boolean atHead, List<double[]> segments,
            Map<Long, List<Integer>> byEnd, boolean[] used) {
        while (true) {
            double[] end = atHead ? line.peekFirst() : line.peekLast();
            Integer next = null;
            for (int s : byEnd.getOrDefault(key(end[0], end[1]), List.of())) if (!used[s]) { next = s; break; }
            if (next == null) return;
            used[next] = true;
            double[] g = segments.get(next);
            double[] other = key(g[0], g[1]) == key(end[0], end[1]) ? new double[] {g[2], g[3]} : new double[] {g[0], g[1]};
            if (atHead) line.addFirst(other); else line.addLast(other);
        }
    }

    private static long key(double x, double y) {
        return Math.round(x * 1e6) * 1_000_000_007L + Math.round(y * 1e6);
    }
}
