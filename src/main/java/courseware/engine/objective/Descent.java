package courseware.engine.objective;

import courseware.engine.Check;
import courseware.engine.Limits;
import courseware.engine.SplitMix64;
import courseware.engine.optim.Optimizer;
import courseware.engine.optim.OptimizerRun;
import courseware.engine.optim.OptimizerSnapshot;
import courseware.engine.optim.Optimizers;
import courseware.engine.schedule.Schedule;
import courseware.engine.schedule.Schedules;
import java.util.ArrayList;
import java.util.List;

/** Gradient-descent runs on expressions: x_{k+1} = x_k - lr_k * grad f(x_k), optionally with Gaussian noise. */
public final class Descent {
    private Descent() {
    }

    /** Plain GD with a constant rate from {@code start} (1 or 2 coordinates) for {@code iterations} steps. */
    public static DescentRun run(Objective f, double[] start, double lr, long iterations) {
        return run(f, start, Schedules.constant(Check.finite("gradient descent", "learning rate", lr)), iterations);
    }

    /** Plain GD with a scheduled rate: iteration k uses lr.at(k). */
    public static DescentRun run(Objective f, double[] start, Schedule lr, long iterations) {
        return noisy(f, start, lr, iterations, 0, null);
    }

    /** Any optimizer made by {@link Optimizers}, started at its current parameters, driven by grad f. */
    public static DescentRun run(Objective f, Optimizer optimizer, long iterations) {
        String what = "descent with optimizer";
        Check.notNull(what, "objective", f);
        Check.iterations(what, "iterations", iterations);
        OptimizerRun run = Optimizers.run(optimizer, (p, k) -> f.gradientAt(p), iterations);
        List<double[]> points = new ArrayList<>();
        for (OptimizerSnapshot s : run.recorded()) {
            points.add(s.params());
        }
        double[] last = run.last().params();
        double[] valueAndGradient = f.valueAndGradient(last);
        return new DescentRun(points.toArray(new double[0][]), run.recordEvery(), run.last().step(), last,
                valueAndGradient[0], java.util.Arrays.copyOfRange(valueAndGradient, 1, valueAndGradient.length),
                run.firstNonFiniteStep());
    }

    /**
     * GD whose gradient gets independent N(0, sigma^2) noise per coordinate and iteration, drawn from
     * {@link SplitMix64} with {@code seed} in coordinate order (see {@link SplitMix64#nextGaussian()}).
     */
    public static DescentRun noisy(Objective f, double[] start, Schedule lr, double sigma, long iterations,
            long seed) {
        Check.nonNegative("noisy gradient descent", "noise sigma", sigma);
        return noisy(f, start, lr, iterations, sigma, new SplitMix64(seed));
    }

    private static DescentRun noisy(Objective f, double[] start, Schedule lr, long iterations, double sigma,
            SplitMix64 rng) {
        String what = rng == null ? "gradient descent" : "noisy gradient descent";
        Check.notNull(what, "objective", f);
        Check.notNull(what, "learning rate", lr);
        Check.finiteVector(what, "start point", start);
        Check.iterations(what, "iterations", iterations);
        f.checkPoint(start);
        long every = Math.max(1, (iterations + Limits.MAX_RECORDED_POINTS - 1) / Limits.MAX_RECORDED_POINTS);
        List<double[]> points = new ArrayList<>();
        double[] x = start.clone();
        points.add(x.clone());
        double[] vg = f.valueAndGradient(x);
        long firstBad = -1;
        long k = 0;
        while (k < iterations) {
            double rate = lr.at(k);
            for (int i = 0; i < x.length; i++) {
                double gi = rng == null ? vg[i + 1] : vg[i + 1] + sigma * rng.nextGaussian();
                x[i] = x[i] - rate * gi;
            }
            k++;
            vg = f.valueAndGradient(x);
            boolean finite = Check.allFinite(x) && Double.isFinite(vg[0]);
            if (!finite || k % every == 0 || k == iterations) {
                points.add(x.clone());
            }
            if (!finite) {
                firstBad = k;
                break;
            }
        }
        return new DescentRun(points.toArray(new double[0][]), every, k, x, vg[0],
                java.util.Arrays.copyOfRange(vg, 1, vg.length), firstBad);
    }
}
