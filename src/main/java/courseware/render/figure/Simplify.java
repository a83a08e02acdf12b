package courseware.render.figure;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Thins a polyline in pixels (Ramer-Douglas-Peucker, iterative): every dropped point lies within
 * {@code tolerance} pixels of the kept line, so the drawing looks the same while a curve of ten
 * thousand steps stays a few hundred points; sharp steps (a step-decay drop) are always kept. If
 * more than {@code max} points remain, the tolerance doubles until they fit.
 */
final class Simplify {
    static final double TOLERANCE = 0.25;
    static final int MAX_POINTS = 500;

    private Simplify() {}

    /** Indexes of the points to keep, in order (first and last always). */
    static int[] keep(double[] x, double[] y) {
        return keep(x, y, new int[0]);
    }

    /** The same, always keeping the points at {@code forced} (marked points stay vertices of their curve). */
    static int[] keep(double[] x, double[] y, int[] forced) {
        int n = x.length;
        if (n <= 2) return range(n);
        for (double tolerance = TOLERANCE; ; tolerance *= 2) {
            int[] kept = rdp(x, y, tolerance, forced);
            if (kept.length <= MAX_POINTS + forced.length) return kept;
        }
    }

    private static int[] rdp(double[] x, double[] y, double tolerance, int[] forced) {
        boolean[] keep = new boolean[x.length];
        keep[0] = keep[x.length - 1] = true;
        for (int f : forced) keep[f] = true;
        Deque<int[]> todo = new ArrayDeque<>();
        for (int a = 0, b = 1; b < x.length; b++) {
            if (keep[b]) {
                if (b - a > 1) todo.push(new int[] {a, b});
                a = b;
            }
        }
        while (!todo.isEmpty()) {
            int[] span = todo.pop();
            int a = span[0], b = span[1];
            double worst = -1;
            int at = -1;
            for (int i = a + 1; i < b; i++) {
                double d = distance(x[i], y[i], x[a], y[a], x[b], y[b]);
                if (d > worst) {
                    worst = d;
                    at = i;
                }
            }
            if (at >= 0 && worst > tolerance) {
                keep[at] = true;
                todo.push(new int[] {at, b});
                todo.push(new int[] {a, at});
            }
        }
        int count = 0;
        for (boolean k : keep) if (k) count++;
        int[] out = new int[count];
        for (int i = 0, j = 0; i < keep.length; i++) if (keep[i]) out[j++] = i;
        return out;
    }

    /** Distance from (px, py) to the segment from (ax, ay) to (bx, by). */
    static double distance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax, dy = by - ay;
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
        double cx = ax + t * dx - px, cy = ay + t * dy - py;
        return Math.sqrt(cx * cx + cy * cy);
    }

    /** Indexes of dots at least {@code gap} pixels from the previous dot kept, plus the last. */
    static int[] spaced(double[] x, double[] y, double gap) {
        int n = x.length;
        int[] out = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (count == 0 || last || Math.hypot(x[i] - x[out[count - 1]], y[i] - y[out[count - 1]]) >= gap) {
                if (last && count > 1 && Math.hypot(x[i] - x[out[count - 1]], y[i] - y[out[count - 1]]) < gap) count--;
                out[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    private static int[] range(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = i;
        return out;
    }
}
